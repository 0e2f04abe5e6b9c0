"""Build ``data/fit.jsonl`` and ``data/eval.jsonl`` for ``steered_knowledge``.

A general-knowledge multiple-choice set in the spirit of MMLU / ARC-Easy, used to show what an
intervention costs a model in general capability. Every question, answer and distractor below was
written for lm-eval-steered; nothing is copied from MMLU, ARC or any other data set.

Each item is ``(subject, question, correct, [distractor, distractor, distractor])``. Items are easy
to medium, have one unambiguous correct answer, use facts that do not change over time, and have
distractors of the same form and similar length as the correct answer.

Deterministic layout (seed :data:`SEED`):

* Split: within each subject (items in written order), a seeded shuffle picks
  :data:`FIT_PER_SUBJECT` items for ``fit``; the rest go to ``eval``. Rows keep written order.
* Answer position: within each (split, subject), positions cycle ``(offset + i) % 4`` with the
  offset rotating over subjects, then are shuffled; so every split is balanced to within one item
  per position overall and per subject. The three distractors are shuffled into the free slots.
* Ids ``kn-NNNN`` number the items in written order, so they are unique across both files.

Run ``python tasks/knowledge/build.py`` to regenerate the files (byte-identical output);
``--check`` only verifies that the committed files match.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SEED = 20250705
FIT_PER_SUBJECT = 11
HERE = Path(__file__).parent
DATA = HERE / "data"

SUBJECTS: tuple[str, ...] = (
    "geography",
    "history",
    "everyday_science",
    "physics",
    "chemistry",
    "biology",
    "astronomy",
    "arithmetic",
    "english",
    "literature_arts",
    "technology",
    "sports_culture",
    "health_nutrition",
)

ITEMS: list[tuple[str, str, str, list[str]]] = []
_SUBJECT = ""


def subject(name: str) -> None:
    global _SUBJECT
    assert name in SUBJECTS, name
    _SUBJECT = name


def q(question: str, correct: str, *distractors: str) -> None:
    assert len(distractors) == 3, question
    ITEMS.append((_SUBJECT, question, correct, list(distractors)))


# ----------------------------------------------------------------------------- geography
subject("geography")
q("What is the capital city of France?", "Paris", "Madrid", "Berlin", "Vienna")
q("What is the capital city of Japan?", "Tokyo", "Seoul", "Beijing", "Bangkok")
q("Which is the largest ocean on Earth?", "the Pacific Ocean", "the Atlantic Ocean", "the Indian Ocean", "the Arctic Ocean")
q("On which continent is Kenya?", "Africa", "South America", "Europe", "Australia")
q("Which river flows through both Vienna and Budapest?", "the Danube", "the Thames", "the Seine", "the Volga")
q("Which European country is shaped like a boot?", "Italy", "Spain", "Greece", "Portugal")
q("What is the capital city of Australia?", "Canberra", "Sydney", "Darwin", "Perth")
q("In which mountain range is Mount Everest?", "the Himalayas", "the Andes", "the Alps", "the Rockies")
q("Which large desert covers much of northern Africa?", "the Sahara", "the Gobi", "the Atacama", "the Kalahari")
q("What is the capital city of Canada?", "Ottawa", "Toronto", "Vancouver", "Montreal")
q("In which country is the city of Rio de Janeiro?", "Brazil", "Argentina", "Mexico", "Chile")
q("What is the name of the imaginary line that divides Earth into the Northern and Southern Hemispheres?",
  "the equator", "the prime meridian", "the Tropic of Cancer", "the Arctic Circle")
q("Which US state is made up entirely of islands in the Pacific Ocean?", "Hawaii", "Alaska", "Florida", "California")
q("What is the capital city of Germany?", "Berlin", "Munich", "Hamburg", "Frankfurt")
q("In which country is the city of Mumbai?", "India", "Pakistan", "Bangladesh", "Nepal")
q("The Great Barrier Reef lies off the coast of which country?", "Australia", "New Zealand", "Indonesia", "Japan")
q("Which sea lies between southern Europe and northern Africa?",
  "the Mediterranean Sea", "the Caribbean Sea", "the Red Sea", "the Baltic Sea")
q("What is the capital city of Spain?", "Madrid", "Barcelona", "Lisbon", "Seville")
q("Which continent is the coldest and is almost entirely covered by ice?", "Antarctica", "Europe", "Asia", "Australia")
q("What is the capital city of Egypt?", "Cairo", "Alexandria", "Tunis", "Khartoum")
q("Which is the largest country in the world by area?", "Russia", "Canada", "China", "Brazil")
q("The Andes mountains run along which side of South America?",
  "the west side", "the east side", "the north side", "the south side")
q("What is the capital city of Italy?", "Rome", "Milan", "Naples", "Venice")
q("Which country is famous for its many fjords along a long northern coastline?", "Norway", "Portugal", "Hungary", "Greece")
q("Which large island lies off the southeast coast of Africa?", "Madagascar", "Iceland", "Greenland", "Sri Lanka")
q("What is the capital city of the United Kingdom?", "London", "Manchester", "Edinburgh", "Dublin")
q("What is the capital city of Russia?", "Moscow", "Saint Petersburg", "Kyiv", "Minsk")
q("Which country lies directly north of the United States?", "Canada", "Mexico", "Brazil", "Cuba")
q("Which ocean lies between Europe and North America?",
  "the Atlantic Ocean", "the Pacific Ocean", "the Indian Ocean", "the Southern Ocean")
q("What is the capital city of China?", "Beijing", "Shanghai", "Hong Kong", "Guangzhou")
q("What is the capital city of Greece?", "Athens", "Sparta", "Thessaloniki", "Corinth")
q("What is the capital city of Mexico?", "Mexico City", "Guadalajara", "Tijuana", "Monterrey")
q("Which mountain range is often said to divide Europe from Asia?",
  "the Ural Mountains", "the Alps", "the Pyrenees", "the Carpathians")
q("The Panama Canal connects the Atlantic Ocean with which other ocean?",
  "the Pacific Ocean", "the Indian Ocean", "the Arctic Ocean", "the Southern Ocean")
q("What is the capital city of Argentina?", "Buenos Aires", "Santiago", "Lima", "Montevideo")
q("Which line of longitude passes through Greenwich in London?",
  "the prime meridian", "the equator", "the date line", "the Arctic Circle")

# ----------------------------------------------------------------------------- history
subject("history")
q("Who was the first President of the United States?", "George Washington", "Abraham Lincoln", "Thomas Jefferson", "Alexander Hamilton")
q("In which year did World War II end?", "1945", "1918", "1939", "1963")
q("Which ancient people built the pyramids of Giza?",
  "the ancient Egyptians", "the ancient Romans", "the ancient Greeks", "the ancient Babylonians")
q("Who was the first person to walk on the Moon?", "Neil Armstrong", "Buzz Aldrin", "Yuri Gagarin", "Michael Collins")
q("In which year did Christopher Columbus first reach the Americas?", "1492", "1066", "1776", "1812")
q("Which queen of ancient Egypt formed an alliance with the Roman general Mark Antony?",
  "Cleopatra", "Nefertiti", "Boudica", "Victoria")
q("In which year was the United States Declaration of Independence signed?", "1776", "1492", "1865", "1914")
q("Which country gave the Statue of Liberty to the United States?", "France", "Britain", "Spain", "Italy")
q("Who was the leader of Nazi Germany during World War II?", "Adolf Hitler", "Winston Churchill", "Joseph Stalin", "Benito Mussolini")
q("Who was the British Prime Minister for most of World War II?",
  "Winston Churchill", "Neville Chamberlain", "Clement Attlee", "Margaret Thatcher")
q("Which ship sank on its first voyage in 1912 after hitting an iceberg?", "the Titanic", "the Lusitania", "the Mayflower", "the Bismarck")
q("Which civilization built the mountain city of Machu Picchu in Peru?", "the Inca", "the Maya", "the Aztecs", "the Olmecs")
q("Who crowned himself Emperor of the French in 1804?", "Napoleon Bonaparte", "Louis XIV", "Maximilien Robespierre", "Julius Caesar")
q("Which American president issued the Emancipation Proclamation?",
  "Abraham Lincoln", "George Washington", "Theodore Roosevelt", "Ulysses S. Grant")
q("The Great Wall was built mainly to protect which country from invaders?", "China", "Japan", "India", "Korea")
q("Which war was fought between the northern and southern states of the USA from 1861 to 1865?",
  "the Civil War", "the War of 1812", "the Revolutionary War", "the Korean War")
q('Which civil rights leader gave the famous "I Have a Dream" speech?',
  "Martin Luther King Jr.", "Malcolm X", "Rosa Parks", "Frederick Douglass")
q("Which Roman leader was assassinated on the Ides of March in 44 BC?", "Julius Caesar", "Augustus", "Nero", "Constantine")
q("In which country did the Industrial Revolution begin?", "Britain", "France", "Russia", "Japan")
q("Which Roman city was buried by the eruption of Mount Vesuvius in 79 AD?", "Pompeii", "Athens", "Carthage", "Troy")
q("Who was the first woman to fly solo across the Atlantic Ocean?", "Amelia Earhart", "Marie Curie", "Rosa Parks", "Jane Addams")
q("Which revolution began in 1789 with the storming of the Bastille?",
  "the French Revolution", "the American Revolution", "the Russian Revolution", "the Glorious Revolution")
q("Which nurse became famous for caring for wounded soldiers in the Crimean War and was called the Lady with the Lamp?",
  "Florence Nightingale", "Amelia Earhart", "Marie Antoinette", "Elizabeth Barrett Browning")
q("In which country was the Magna Carta agreed in 1215?", "England", "France", "Spain", "Germany")
q("From which country did the United States buy Alaska in 1867?", "Russia", "Canada", "Britain", "Spain")
q("Which ancient Greek city-state was famous for its strict military training?", "Sparta", "Athens", "Corinth", "Delphi")
q("What was the name of the first artificial satellite, launched in 1957?", "Sputnik 1", "Apollo 11", "Voyager 1", "Hubble")
q("Who built the first printing press with movable type in Europe, around 1440?",
  "Johannes Gutenberg", "Leonardo da Vinci", "Christopher Columbus", "Galileo Galilei")
q("Which war was fought from 1914 to 1918?", "World War I", "World War II", "the Vietnam War", "the Korean War")
q("Nelson Mandela became president of which country in 1994?", "South Africa", "Kenya", "Nigeria", "Zimbabwe")
q("Which seafaring people from Scandinavia raided much of Europe in the Middle Ages?",
  "the Vikings", "the Romans", "the Mongols", "the Persians")
q("Genghis Khan founded which empire?", "the Mongol Empire", "the Roman Empire", "the Ottoman Empire", "the Persian Empire")
q("Which young Egyptian pharaoh's nearly untouched tomb was discovered in 1922?", "Tutankhamun", "Ramses II", "Cleopatra", "Akhenaten")
q("The Cold War was mainly a rivalry between the United States and which country?",
  "the Soviet Union", "the United Kingdom", "Japan", "France")
q("Who was the main author of the Declaration of Independence?",
  "Thomas Jefferson", "Benjamin Franklin", "George Washington", "John Adams")
q("Which queen ruled Britain for more than sixty years during the 1800s?",
  "Queen Victoria", "Queen Elizabeth I", "Queen Mary", "Queen Anne")

# ----------------------------------------------------------------------------- everyday science
subject("everyday_science")
q("At what temperature does water freeze on the Celsius scale?", "0 degrees", "10 degrees", "32 degrees", "100 degrees")
q("Which gas do plants take in from the air to make their food?", "carbon dioxide", "oxygen", "nitrogen", "helium")
q("What causes a rainbow to appear in the sky?",
  "sunlight passing through raindrops", "wind blowing dust across the clouds", "moonlight reflecting off snow", "heat rising from the ground")
q("What instrument is used to measure air pressure?", "a barometer", "a thermometer", "a compass", "a ruler")
q("Why does ice float on water?",
  "ice is less dense than water", "ice is heavier than liquid water", "ice contains trapped helium", "ice is colder than the air")
q("What is the name for balls of ice that fall from clouds during some thunderstorms?", "hail", "fog", "dew", "mist")
q("Which tool uses a magnetized needle to show direction?", "a compass", "a clock", "a scale", "a kettle")
q("Which ingredient makes most bread dough rise?", "yeast", "vinegar", "butter", "pepper")
q("Which gas makes up most of the air we breathe?", "nitrogen", "oxygen", "argon", "helium")
q("Why do we see lightning before we hear thunder?",
  "light travels faster than sound", "sound travels faster than light", "thunder starts after lightning ends", "our eyes work faster than our ears")
q("What happens to most metals when they are heated?", "they expand", "they shrink", "they become magnetic", "they turn into gas")
q("What kind of energy does a solar panel capture?",
  "energy from sunlight", "energy from ocean waves", "energy from moving water", "energy from burning coal")
q("What is the name for the small drops of water that form on grass on cool, clear mornings?", "dew", "hail", "sap", "smog")
q("Which material is a good conductor of electricity?", "copper", "rubber", "wood", "glass")
q("Why does keeping food in a refrigerator slow down spoiling?",
  "cold slows the growth of microbes", "the light inside preserves the food", "the cold adds vitamins to the food", "the fridge removes all the air")
q("In the water cycle, what is the step called when water vapor turns into liquid droplets?",
  "condensation", "evaporation", "melting", "freezing")
q("Which part of a plant usually grows underground?", "the roots", "the leaves", "the flowers", "the fruit")
q("What do honeybees make from the nectar of flowers?", "honey", "silk", "syrup", "jam")
q("What state of matter is water vapor?", "a gas", "a liquid", "a solid", "a plasma")
q("In which season are the days longest in the Northern Hemisphere?", "summer", "winter", "autumn", "spring")
q("What makes a shadow?",
  "an object blocking light", "light bending around an object", "air cooling behind an object", "sound bouncing off an object")
q("What does sunscreen mainly protect the skin from?", "ultraviolet light", "cold, dry winter air", "mosquito bites", "dust and pollen")
q("What is the main source of energy for almost all life on Earth?", "the Sun", "the Moon", "the ocean", "the wind")
q("Which of these is a renewable source of energy?", "wind power", "coal", "diesel", "oil")
q("What mainly causes the ocean tides?",
  "the pull of the Moon's gravity", "strong winds blowing over the water", "underwater earthquakes", "rivers flowing into the sea")
q("Why does a metal spoon feel colder than a wooden spoon at the same temperature?",
  "metal draws heat from your hand faster", "metal is always colder than wood", "wood makes its own heat", "metal absorbs cold from the surrounding air")
q("What happens to a puddle of water on a hot, sunny day?", "it evaporates", "it freezes", "it grows larger", "it turns to ice")
q("What is the name for the layer of gases that surrounds Earth?", "the atmosphere", "the lithosphere", "the core", "the mantle")
q("Which type of rock forms when lava cools and hardens?", "igneous rock", "sedimentary rock", "metamorphic rock", "limestone")
q("What is the hardest natural material?", "diamond", "gold", "iron", "chalk")
q("What does a seismograph record?", "shaking of the ground", "the strength of the wind", "the height of waves", "the amount of rain")
q("Why do people spread salt on icy roads in winter?",
  "salt lowers the freezing point of water", "salt heats the road by slowly burning away", "salt makes tires stickier", "salt absorbs sunlight")
q("Which kind of cloud is tall, dark and often brings thunderstorms?", "cumulonimbus", "cirrus", "stratus", "fog")
q("What does a battery store?", "chemical energy", "sound energy", "nuclear energy", "light energy")
q("A balloon rubbed on your hair can stick to a wall. What causes this?",
  "static electricity", "magnetic attraction", "air pressure", "surface tension")
q("What is the name for a mixture of smoke and fog that pollutes city air?", "smog", "steam", "frost", "sleet")

# ----------------------------------------------------------------------------- physics
subject("physics")
q("What force pulls objects toward the ground on Earth?", "gravity", "friction", "magnetism", "tension")
q("What is the unit of electrical power?", "the watt", "the volt", "the ohm", "the ampere")
q("What is the SI unit of force?", "the newton", "the joule", "the pascal", "the kelvin")
q("Who formulated the three laws of motion?", "Isaac Newton", "Albert Einstein", "Galileo Galilei", "Nikola Tesla")
q("About how fast does light travel in a vacuum?",
  "300,000 kilometers per second", "3,000,000 kilometers per second", "3,000 kilometers per second", "30,000 kilometers per second")
q("What type of energy does a moving object have because of its motion?",
  "kinetic energy", "potential energy", "chemical energy", "nuclear energy")
q("When you push on a wall, the wall pushes back on you with an equal force. Which law describes this?",
  "Newton's third law", "Newton's first law", "Ohm's law", "Boyle's law")
q("Which color of visible light has the longest wavelength?", "red", "blue", "green", "violet")
q("What does a glass prism split white light into?", "a spectrum of colors", "a beam of heat", "a puff of smoke", "a single color")
q("What device changes the voltage of alternating current from high to low?", "a transformer", "a microphone", "a loudspeaker", "a light bulb")
q("Sound cannot travel through which of these?", "a vacuum", "water", "steel", "air")
q("What is the bending of light as it passes from air into water called?", "refraction", "reflection", "diffraction", "absorption")
q("What is the unit of electric current?", "the ampere", "the volt", "the ohm", "the watt")
q("A ball rolling on grass slows down and stops mainly because of what?", "friction", "magnetism", "inertia", "buoyancy")
q("What is the upward force that water exerts on a floating boat called?", "buoyancy", "friction", "gravity", "tension")
q("Which scientist is famous for the equation E = mc²?", "Albert Einstein", "Isaac Newton", "Marie Curie", "Niels Bohr")
q("What is the lowest possible temperature called?", "absolute zero", "the freezing point", "the dew point", "room temperature")
q("A ramp used to roll a heavy box onto a truck is an example of which simple machine?",
  "an inclined plane", "a wheel and axle", "a pulley", "a lever")
q("What happens to the pitch of a sound when the vibrations get faster?",
  "it gets higher", "it gets lower", "it gets quieter", "it stays the same")
q("Which metal is strongly attracted to a magnet?", "iron", "copper", "aluminum", "silver")
q("What is the point on which a lever turns called?", "the fulcrum", "the load", "the effort", "the axle")
q("What is the unit used to measure frequency?", "the hertz", "the decibel", "the meter", "the second")
q("What does a decibel measure?", "loudness of sound", "brightness of light", "speed of wind", "weight of objects")
q("In which direction does heat flow on its own?",
  "from hotter objects to colder objects", "from colder objects to hotter objects", "from lighter objects to heavier ones", "from smaller objects to bigger ones")
q("How does an astronaut's weight on the Moon compare with their weight on Earth?",
  "less than on Earth", "more than on Earth", "exactly the same", "twice as much")
q("What is a particle of light called?", "a photon", "an electron", "a proton", "a neutron")
q("What kind of lens is used in a magnifying glass?", "a convex lens", "a concave lens", "a flat lens", "a colored lens")
q("What happens when the north poles of two magnets are pushed toward each other?",
  "they push apart", "they pull together", "they lose their magnetism", "they get very hot")
q("Why does a balloon filled with helium rise in the air?",
  "helium is lighter than air", "helium is heavier than air", "helium is pulled by the Sun", "helium is full of magnetism")
q("What is an object called that does not let any light through?", "opaque", "transparent", "translucent", "reflective")
q("Ignoring air resistance, what happens to the speed of an object as it falls?",
  "it speeds up", "it slows down", "it stays the same", "it stops")
q("For electric current to flow, what must a circuit form?", "a closed loop", "an open gap", "a broken wire", "a single point")
q("What is the amount of matter in an object, measured in kilograms, called?", "mass", "weight", "volume", "density")
q("An echo is caused by sound doing what?", "bouncing off a wall", "passing through a wall", "turning into light", "stopping in the air")
q("What is the SI unit of temperature?", "the kelvin", "the degree Fahrenheit", "the calorie", "the joule")
q("What does an electric motor mainly turn electrical energy into?", "motion", "magnetism", "chemical energy", "nuclear energy")

# ----------------------------------------------------------------------------- chemistry
subject("chemistry")
q("What is the chemical formula for water?", "H2O", "CO2", "NaCl", "O2")
q("What is the chemical symbol for sodium?", "Na", "So", "Sd", "Sm")
q("What is the pH of pure water at room temperature?", "7", "1", "10", "14")
q("What is the chemical name of table salt?", "sodium chloride", "sodium bicarbonate", "calcium carbonate", "potassium nitrate")
q("Which particle in an atom has a negative charge?", "the electron", "the proton", "the neutron", "the nucleus")
q("What is the dense center of an atom called?", "the nucleus", "the electron", "the orbital", "the ion")
q("Which element has the atomic number 1?", "hydrogen", "helium", "carbon", "oxygen")
q("Which element do all organic compounds contain?", "carbon", "iron", "sodium", "silicon")
q("What are substances with a pH below 7 called?", "acids", "bases", "salts", "metals")
q("Which gas bubbles out when baking soda is mixed with vinegar?", "carbon dioxide", "hydrogen gas", "nitrogen dioxide", "chlorine gas")
q("What is it called when a solid turns directly into a gas without melting first?",
  "sublimation", "condensation", "evaporation", "melting")
q("Which compound forms when iron rusts?", "iron oxide", "iron sulfide", "copper oxide", "iron carbonate")
q("In the modern periodic table, the elements are arranged in order of what?",
  "atomic number", "alphabetical order", "date of discovery", "melting point")
q("Which gas is used in glowing red-orange advertising signs?", "neon", "oxygen", "chlorine", "nitrogen")
q("Which metal is a liquid at room temperature?", "mercury", "iron", "copper", "lead")
q("What is formed when an acid reacts with a base?", "a salt and water", "a metal and oxygen", "a gas and sand", "pure hydrogen")
q("What is the common name for H2O2?", "hydrogen peroxide", "sodium hypochlorite", "hydrochloric acid", "rubbing alcohol")
q("How many different elements are in the compound carbon dioxide?", "two", "one", "three", "four")
q("What is the electric charge of a neutron?", "no charge", "a positive charge", "a negative charge", "a variable charge")
q("Which gas is the main part of the natural gas used for cooking and heating?", "methane", "ethanol", "ozone", "neon")
q("What kind of bond forms when two atoms share a pair of electrons?",
  "a covalent bond", "an ionic bond", "a metallic bond", "a hydrogen bond")
q("What do we call a substance that speeds up a chemical reaction without being used up?",
  "a catalyst", "a solvent", "a reactant", "a product")
q("In a solution of sugar in water, what is the water called?", "the solvent", "the solute", "the catalyst", "the precipitate")
q("Which element has the chemical symbol K?", "potassium", "krypton", "calcium", "carbon")
q("What is a molecule of ozone made of?", "three oxygen atoms", "two oxygen atoms", "two nitrogen atoms", "three carbon atoms")
q("What is the common name for solid, frozen carbon dioxide?", "dry ice", "pack ice", "sea ice", "black ice")
q("Which state of matter has both a fixed shape and a fixed volume?", "a solid", "a liquid", "a gas", "a plasma")
q("What happens to atoms during a chemical reaction?",
  "they are rearranged", "they are destroyed", "they are created", "they turn into light")
q("Which gas must be present for most fires to keep burning?", "oxygen", "nitrogen", "hydrogen", "carbon dioxide")
q("What is a pure substance made of only one type of atom called?", "an element", "a compound", "a mixture", "a solution")
q("Lemon juice tastes sour mainly because it contains what?", "citric acid", "table salt", "baking soda", "corn starch")
q("Who created the first widely used periodic table of the elements?",
  "Dmitri Mendeleev", "Marie Curie", "John Dalton", "Niels Bohr")
q("Which scientist discovered the elements radium and polonium?", "Marie Curie", "Isaac Newton", "Louis Pasteur", "Charles Darwin")
q("What is the main element in steel?", "iron", "copper", "aluminum", "nickel")
q("When water is split using electricity, which two gases are produced?",
  "hydrogen and oxygen", "nitrogen and oxygen", "carbon and oxygen", "helium and hydrogen")
q("What is a change that produces a new substance called?",
  "a chemical change", "a physical change", "a state change", "a shape change")

# ----------------------------------------------------------------------------- biology
subject("biology")
q("Which organ pumps blood through the human body?", "the heart", "the lungs", "the liver", "the kidneys")
q("What is the largest organ of the human body?", "the skin", "the liver", "the heart", "the brain")
q("How many legs does an insect have?", "six", "four", "eight", "ten")
q("Which part of a plant carries out most of its photosynthesis?", "the leaves", "the roots", "the seeds", "the flowers")
q("What do we call animals that eat only plants?", "herbivores", "carnivores", "omnivores", "predators")
q("Which molecule carries genetic information in living cells?", "DNA", "ATP", "glucose", "starch")
q("Which blood cells carry oxygen around the body?", "red blood cells", "muscle cells", "platelets", "nerve cells")
q("What kind of animal is a dolphin?", "a mammal", "a bony fish", "a reptile", "an amphibian")
q("What is the process by which a caterpillar changes into a butterfly called?",
  "metamorphosis", "photosynthesis", "pollination", "hibernation")
q("What are the basic units of life that make up all living things?", "cells", "organs", "bones", "seeds")
q("Which organs do humans use to breathe?", "the lungs", "the kidneys", "the stomach", "the liver")
q("What do bees carry from flower to flower that helps plants make seeds?", "pollen", "sap", "soil", "water")
q("In which part of a plant or animal cell is most of the DNA found?", "the nucleus", "the cell wall", "the membrane", "the ribosome")
q("Which part of the cell is known as its powerhouse because it releases energy?",
  "the mitochondria", "the cell membrane", "the nucleus", "the chloroplast")
q("How many chambers does the human heart have?", "four", "two", "three", "six")
q("What do we call an animal that is active mainly at night?", "nocturnal", "migratory", "aquatic", "dormant")
q("Which bone protects the brain?", "the skull", "the spine", "the ribs", "the pelvis")
q("What are young frogs that live in water and have tails called?", "tadpoles", "minnows", "guppies", "pups")
q("What do we call the natural place where an animal lives?", "its habitat", "its diet", "its species", "its predator")
q("Who proposed the theory of evolution by natural selection?", "Charles Darwin", "Gregor Mendel", "Louis Pasteur", "Isaac Newton")
q("Which sense organ is used for hearing?", "the ear", "the eye", "the nose", "the tongue")
q("What green substance in leaves captures sunlight?", "chlorophyll", "hemoglobin", "keratin", "collagen")
q("Which animals have feathers and lay eggs?", "birds", "mammals", "reptiles", "insects")
q("What is the largest animal known to have ever lived?", "the blue whale", "the elephant", "the giraffe", "the hippo")
q("What is a group of similar cells that work together called?", "a tissue", "an organ", "a system", "a molecule")
q("What do plant roots take up from the soil?", "water and minerals", "sunlight and air", "sugar and starch", "oxygen and light")
q("What tough cords connect muscles to bones?", "tendons", "ligaments", "cartilage", "arteries")
q("How many bones are in the adult human body?", "206", "106", "306", "156")
q("Which of these animals is a reptile?", "a crocodile", "a salamander", "a salmon", "a penguin")
q("After pollination, part of a flower grows into what structure that holds the seeds?", "a fruit", "a leaf", "a root", "a thorn")
q("Which organs filter the blood to make urine?", "the kidneys", "the lungs", "the heart", "the stomach")
q("What do we call animals that hunt other animals for food?", "predators", "prey", "grazers", "scavengers")
q("Which colored part of the eye controls how much light enters it?", "the iris", "the lens", "the retina", "the eyelash")
q("How do fish breathe underwater?", "with gills", "with lungs", "with fins", "with scales")
q("What do we call a young dog?", "a puppy", "a kitten", "a calf", "a foal")
q("In which part of the human body is the smallest bone found?", "in the ear", "in the toe", "in the hand", "in the nose")

# ----------------------------------------------------------------------------- astronomy
subject("astronomy")
q("Which planet is closest to the Sun?", "Mercury", "Venus", "Mars", "Earth")
q("Which planet is known as the Red Planet?", "Mars", "Jupiter", "Venus", "Saturn")
q("What is the largest planet in our solar system?", "Jupiter", "Saturn", "Neptune", "Earth")
q("Which planet is famous for its large, bright rings?", "Saturn", "Jupiter", "Mercury", "Neptune")
q("What is the name of Earth's natural satellite?", "the Moon", "Phobos", "Titan", "Europa")
q("Which instrument do astronomers use to see distant stars and planets?", "a telescope", "a microscope", "a periscope", "a stethoscope")
q("About how long does it take Earth to travel once around the Sun?", "about one year", "about one month", "about one day", "about one week")
q("About how long does it take Earth to spin once on its axis?", "about 24 hours", "about 12 hours", "about 48 hours", "about 6 hours")
q("What is the name of the galaxy that contains our solar system?", "the Milky Way", "Andromeda", "Pegasus", "Orion")
q("Why does the Moon seem to change shape over a month?",
  "we see more or less of its lit half", "Earth's shadow covers part of its face", "clouds hide part of it", "the Moon really changes its size")
q("Who was the first human to travel into space?", "Yuri Gagarin", "Neil Armstrong", "Alan Shepard", "John Glenn")
q("Which planet is farthest from the Sun?", "Neptune", "Uranus", "Jupiter", "Saturn")
q("What is a shooting star?",
  "a space rock burning in the air", "a small star falling toward Earth", "a planet moving very fast", "a spark from the Sun's surface")
q("What do we call a group of stars that forms a pattern in the night sky?", "a constellation", "a solar system", "a galaxy", "a meteor shower")
q("Which planet has the hottest surface in our solar system?", "Venus", "Mercury", "Neptune", "Jupiter")
q("Which space telescope was launched in 1990 and named after an American astronomer?", "Hubble", "Kepler", "Chandra", "Spitzer")
q("A light-year is a measure of what?", "distance", "time", "brightness", "weight")
q("Which planet spins tipped over on its side?", "Uranus", "Jupiter", "Neptune", "Mercury")
q("What do we call a ball of ice and dust that grows a glowing tail near the Sun?", "a comet", "an asteroid", "a meteor", "a quasar")
q("Between which two planets is the main asteroid belt?", "Mars and Jupiter", "Earth and Mars", "Jupiter and Saturn", "Venus and Earth")
q("What happens during a solar eclipse?",
  "the Moon passes between the Sun and Earth", "Earth passes between the Sun and the Moon", "the Sun passes behind Jupiter", "the Moon passes behind Earth")
q("Which star is closest to Earth?", "the Sun", "Proxima Centauri", "Betelgeuse", "Polaris")
q("Which planet has the Great Red Spot, a giant storm?", "Jupiter", "Mars", "Neptune", "Venus")
q("What made most of the round craters on the Moon?",
  "impacts from space rocks", "waves from ancient oceans", "strong lunar winds", "melting ice sheets")
q("How many planets are in our solar system?", "eight", "nine", "seven", "ten")
q("Which dwarf planet was once counted as the ninth planet?", "Pluto", "Ceres", "Eris", "Titan")
q("What do astronauts wear to survive outside their spacecraft?", "a spacesuit", "a raincoat", "a wetsuit", "a parachute")
q("Which gas makes up most of the Sun?", "hydrogen", "oxygen", "carbon", "nitrogen")
q("What is the North Star also called?", "Polaris", "Arcturus", "Aldebaran", "Betelgeuse")
q("Which planet is third from the Sun?", "Earth", "Jupiter", "Venus", "Mercury")
q("What do we call the curved path an object takes around a star or planet?", "an orbit", "a rotation", "an equator", "an eclipse")
q("What is at the center of our solar system?", "the Sun", "the Earth", "the Moon", "Jupiter")
q("What is a black hole?",
  "a place where not even light can escape", "a deep hole in the rocky surface of a planet", "a dark cloud of cold dust", "a star that has no planets")
q("What do we call a scientist who studies stars and planets?", "an astronomer", "an astrologer", "a geologist", "a botanist")
q("What is the Moon called when its whole face is lit?", "a full moon", "a new moon", "a half moon", "a crescent moon")
q("About how long does sunlight take to reach Earth?", "about 8 minutes", "about 8 seconds", "about 8 hours", "about 8 days")

# ----------------------------------------------------------------------------- arithmetic
subject("arithmetic")
q("Tom has 3 apples and buys 4 more. How many apples does he have now?", "7 apples", "6 apples", "8 apples", "12 apples")
q("A box holds 6 donuts. How many donuts are in 3 boxes?", "18 donuts", "9 donuts", "12 donuts", "24 donuts")
q("Sara had 10 cookies and ate 3 of them. How many cookies are left?", "7 cookies", "13 cookies", "6 cookies", "3 cookies")
q("A pencil costs 2 dollars. How much do 5 pencils cost?", "10 dollars", "7 dollars", "12 dollars", "25 dollars")
q("24 students are split equally into 4 teams. How many students are on each team?",
  "6 students", "4 students", "8 students", "20 students")
q("A train leaves at 2:00 pm and the trip takes 3 hours. When does it arrive?", "5:00 pm", "6:00 pm", "4:00 pm", "1:00 pm")
q("How many minutes are there in 2 hours?", "120 minutes", "100 minutes", "60 minutes", "200 minutes")
q("A week has 7 days. How many days are in 3 weeks?", "21 days", "10 days", "14 days", "28 days")
q("A pizza is cut into 8 equal slices. If you eat 2 slices, what part of the pizza did you eat?",
  "one quarter", "one half", "one eighth", "one third")
q("A ribbon 50 centimeters long is cut into two equal pieces. How long is each piece?",
  "25 centimeters", "20 centimeters", "100 centimeters", "30 centimeters")
q("A farmer has 15 cows and sells 6. How many cows does he have left?", "9 cows", "11 cows", "21 cows", "8 cows")
q("Anna is 8 years old. Her brother is 3 years older. How old is her brother?",
  "11 years old", "5 years old", "10 years old", "12 years old")
q("You pay with a 20-dollar bill for a book that costs 12 dollars. How much change do you get?",
  "8 dollars", "7 dollars", "32 dollars", "10 dollars")
q("A square has sides that are 5 centimeters long. What is its perimeter?",
  "20 centimeters", "25 centimeters", "10 centimeters", "15 centimeters")
q("A rectangle is 7 meters long and 3 meters wide. What is its area?",
  "21 square meters", "10 square meters", "20 square meters", "24 square meters")
q("How many centimeters are in one meter?", "100 centimeters", "10 centimeters", "1,000 centimeters", "60 centimeters")
q("A car travels 60 kilometers every hour. How far does it go in 3 hours?",
  "180 kilometers", "63 kilometers", "120 kilometers", "240 kilometers")
q("Mia reads 10 pages a day. How many days does she need to read a 50-page book?", "5 days", "40 days", "10 days", "60 days")
q("A shirt that costs 40 dollars is on sale for half price. What is the sale price?",
  "20 dollars", "80 dollars", "30 dollars", "10 dollars")
q("A bag has 3 red balls and 5 blue balls. How many balls are in the bag altogether?", "8 balls", "15 balls", "2 balls", "9 balls")
q("A bus has 40 seats and 25 of them are taken. How many seats are empty?", "15 seats", "25 seats", "65 seats", "10 seats")
q("If today is Monday, what day will it be in 3 days?", "Thursday", "Wednesday", "Friday", "Sunday")
q("Lucy buys two dozen eggs. How many eggs is that?", "24 eggs", "12 eggs", "20 eggs", "22 eggs")
q("Jack saves 5 dollars every week. How much has he saved after 6 weeks?", "30 dollars", "11 dollars", "25 dollars", "35 dollars")
q("Three friends share 12 candies equally. How many candies does each friend get?",
  "4 candies", "3 candies", "9 candies", "6 candies")
q("A movie starts at 7:00 and lasts 90 minutes. At what time does it end?", "8:30", "8:00", "9:30", "9:00")
q("How many sides do a triangle and a square have in total?", "7 sides", "6 sides", "8 sides", "5 sides")
q("A class has 30 students, and half of them are girls. How many boys are in the class?",
  "15 boys", "10 boys", "20 boys", "30 boys")
q("Ben has twice as many stickers as Amy. Amy has 9 stickers. How many stickers does Ben have?",
  "18 stickers", "11 stickers", "9 stickers", "27 stickers")
q("A bottle holds 2 liters of water. How many liters do 4 bottles hold?", "8 liters", "6 liters", "2 liters", "16 liters")
q("The temperature was 5 degrees in the morning and rose by 7 degrees by noon. What was the temperature at noon?",
  "12 degrees", "2 degrees", "35 degrees", "10 degrees")
q("A baker makes 100 rolls and sells 64. How many rolls are left?", "36 rolls", "46 rolls", "164 rolls", "34 rolls")
q("A table has 4 legs. How many legs do 5 tables have?", "20 legs", "9 legs", "16 legs", "24 legs")
q("Kim ran 0.5 kilometers and Leo ran 0.25 kilometers. Who ran farther?", "Kim", "Leo", "both the same", "cannot tell")
q("A garden has 4 rows with 6 plants in each row. How many plants are there?", "24 plants", "10 plants", "20 plants", "28 plants")
q("If 5 apples cost 10 dollars in total, how much does one apple cost?", "2 dollars", "5 dollars", "50 dollars", "15 dollars")

# ----------------------------------------------------------------------------- english
subject("english")
q('What is the opposite of "hot"?', "cold", "warm", "wet", "bright")
q('Which word means the same as "happy"?', "joyful", "angry", "tired", "hungry")
q('What is the plural of "child"?', "children", "childs", "childes", "childen")
q('What is the simple past tense of "go"?', "went", "goed", "gone", "going")
q('In the sentence "The dog barked loudly," which word is an adverb?', "loudly", "dog", "barked", "the")
q('Which word means "very large"?', "enormous", "tiny", "narrow", "fragile")
q('What is the opposite of "ancient"?', "modern", "old", "historic", "aged")
q("Which sentence is grammatically correct?",
  "She goes to school every day.", "She go to school every day.", "She going to school every day.", "She gone to school every day.")
q("Which of these words is a pronoun?", "she", "under", "happy", "quickly")
q("Which of these words is a verb?", "jump", "green", "chair", "softly")
q('What does the word "brave" mean?', "showing courage", "feeling sleepy", "being very rich", "acting rudely")
q("Which word is spelled correctly?", "necessary", "neccessary", "necesary", "neccesary")
q('What is the comparative form of "good"?', "better", "gooder", "best", "more good")
q('Which article goes before the word "hour"?', "an", "a", "few", "much")
q("What is a word that sounds the same as another word but has a different meaning called?",
  "a homophone", "a synonym", "an antonym", "an acronym")
q('What is the opposite of "generous"?', "selfish", "kind", "giving", "friendly")
q('In the sentence "Maria quickly finished her homework," what is the subject?', "Maria", "homework", "quickly", "finished")
q("Which punctuation mark normally ends a direct question?", "a question mark", "a comma", "a semicolon", "a full stop")
q('In the sentence "The tall man smiled," which word is an adjective?', "tall", "man", "smiled", "the")
q('What does the prefix "un-" usually mean, as in "unhappy"?', "not", "again", "before", "very")
q('Which word completes "Yesterday I ___ a letter to my aunt," using the verb "write"?', "wrote", "writed", "written", "writing")
q('Which word means the same as "begin"?', "start", "finish", "pause", "leave")
q('Which word is the opposite of "always"?', "never", "often", "sometimes", "usually")
q('Which is the correct spelling of the word meaning "apart from each other"?', "separate", "seperate", "separete", "seperete")
q("What is a group of words that has a subject and a verb and expresses a complete thought?",
  "a sentence", "a syllable", "a letter", "a prefix")
q('What is the plural of "tooth"?', "teeth", "tooths", "teeths", "toothes")
q("Which word describes someone who is afraid of nothing?", "fearless", "careless", "helpless", "useless")
q('Which word rhymes with "cat"?', "hat", "dog", "cup", "sun")
q('Which sentence uses the word "their" correctly?',
  "They lost their keys.", "Their going to the park.", "Put the box over their.", "Their is a cat outside.")
q('What is the superlative form of "big"?', "biggest", "bigger", "most big", "bigest")
q('What is the opposite of "heavy"?', "light", "thick", "strong", "large")
q("What is a word that means the opposite of another word called?", "an antonym", "a synonym", "a homophone", "a pronoun")
q("What do we call a person who writes books?", "an author", "a baker", "a pilot", "a farmer")
q('What is the contraction of "do not"?', "don't", "doesn't", "didn't", "won't")
q('Which word means the same as "quiet"?', "silent", "noisy", "bright", "busy")
q('What is the plural of "box"?', "boxes", "boxs", "boxen", "boxies")

# ----------------------------------------------------------------------------- literature and arts
subject("literature_arts")
q('Who wrote the play "Romeo and Juliet"?', "William Shakespeare", "Charles Dickens", "Jane Austen", "Christopher Marlowe")
q("Who painted the Mona Lisa?", "Leonardo da Vinci", "Pablo Picasso", "Vincent van Gogh", "Michelangelo Buonarroti")
q('Who wrote the novel "Oliver Twist"?', "Charles Dickens", "Mark Twain", "Jane Austen", "Robert Louis Stevenson")
q("Which composer kept writing music after he became deaf?",
  "Ludwig van Beethoven", "Wolfgang Amadeus Mozart", "Johann Sebastian Bach", "Frédéric Chopin")
q('Who wrote "The Adventures of Tom Sawyer"?', "Mark Twain", "Charles Dickens", "Herman Melville", "Jack London")
q('Which artist painted "The Starry Night"?', "Vincent van Gogh", "Claude Monet", "Salvador Dalí", "Pierre-Auguste Renoir")
q('Who wrote the novel "Moby-Dick"?', "Herman Melville", "Mark Twain", "Jules Verne", "Charles Dickens")
q("How many lines does a traditional sonnet have?", "fourteen", "ten", "twelve", "twenty")
q("Which musical instrument usually has 88 keys?", "the piano", "the violin", "the flute", "the trumpet")
q('Which ancient Greek poet is credited with the "Iliad" and the "Odyssey"?', "Homer", "Plato", "Sophocles", "Virgil")
q("What is the name of the boy who never grows up in J. M. Barrie's story?", "Peter Pan", "Oliver Twist", "Tom Sawyer", "Harry Potter")
q('Who wrote "Alice\'s Adventures in Wonderland"?', "Lewis Carroll", "Roald Dahl", "Beatrix Potter", "C. S. Lewis")
q("Michelangelo painted the ceiling of which famous chapel in Vatican City?",
  "the Sistine Chapel", "the Royal Chapel", "the Palace Chapel", "St. Paul's Chapel")
q("What are the three primary colors in traditional painting?",
  "red, yellow and blue", "green, orange and purple", "black, white and gray", "pink, brown and gold")
q("Which author created the detective Sherlock Holmes?", "Arthur Conan Doyle", "Agatha Christie", "Edgar Allan Poe", "Raymond Chandler")
q('What type of story is "Cinderella"?', "a fairy tale", "a biography", "a news report", "a science textbook")
q('Which Shakespeare play contains the line "To be, or not to be"?', "Hamlet", "Macbeth", "Othello", "King Lear")
q("Which novel by George Orwell features the all-seeing leader Big Brother?",
  "1984", "Animal Farm", "Brave New World", "Lord of the Flies")
q("What do we call a painting or drawing of a person, usually showing the face?",
  "a portrait", "a landscape", "a still life", "a sculpture")
q("Which style of dance is performed in pointe shoes?", "ballet", "tango", "salsa", "tap")
q('Who wrote "The Cat in the Hat"?', "Dr. Seuss", "Roald Dahl", "Beatrix Potter", "Lewis Carroll")
q('Which Dutch artist painted "Girl with a Pearl Earring"?', "Johannes Vermeer", "Vincent van Gogh", "Rembrandt", "Peter Paul Rubens")
q('Who composed the opera "The Magic Flute"?', "Mozart", "Beethoven", "Bach", "Vivaldi")
q("How many strings does a standard guitar have?", "six", "four", "five", "eight")
q("What is a haiku?", "a short Japanese poem", "a long Greek drama", "an Italian folk song", "a Persian wall carpet")
q("In the fairy tale, who visits the home of the three bears?", "Goldilocks", "Little Red Riding Hood", "Snow White", "Rapunzel")
q('Who painted "Guernica"?', "Pablo Picasso", "Salvador Dalí", "Henri Matisse", "Claude Monet")
q("Claude Monet was a leading painter of which art movement?", "Impressionism", "Cubism", "Surrealism", "Abstract Expressionism")
q('Who wrote the "Harry Potter" books?', "J. K. Rowling", "J. R. R. Tolkien", "C. S. Lewis", "Roald Dahl")
q('Who wrote "The Hobbit"?', "J. R. R. Tolkien", "C. S. Lewis", "J. K. Rowling", "George R. R. Martin")
q("What is the name of the great lion in C. S. Lewis's Narnia books?", "Aslan", "Simba", "Mufasa", "Rafiki")
q("Which instrument is played with a bow and held under the chin?", "the violin", "the cello", "the harp", "the drum")
q('What do we call a play that is sung with an orchestra, such as "Carmen"?', "an opera", "a novel", "a sonnet", "a mural")
q('Who wrote the fairy tale "The Little Mermaid"?', "Hans Christian Andersen", "the Brothers Grimm", "Charles Perrault", "Aesop")
q("What color do you get by mixing blue and yellow paint?", "green", "purple", "orange", "brown")
q('Which ancient storyteller is known for fables such as "The Tortoise and the Hare"?', "Aesop", "Homer", "Ovid", "Plato")

# ----------------------------------------------------------------------------- technology
subject("technology")
q('What does "CPU" stand for?', "Central Processing Unit", "Computer Peripheral Unit", "Central Program Utility", "Control Power Unit")
q("Which device is used to point and click on a computer screen?", "a mouse", "a printer", "a speaker", "a scanner")
q('What does the keyboard shortcut "Ctrl+C" usually do?', "copy", "paste", "print", "close")
q("Which digits does the binary number system use?", "only 0 and 1", "0 to 9", "only 1 and 2", "0 to 7")
q("Which company makes the iPhone?", "Apple", "Samsung", "Google", "Nokia")
q('What does "RAM" stand for?', "Random Access Memory", "Read Always Memory", "Rapid Action Module", "Remote Access Machine")
q("What is the main job of a web browser?", "to view websites", "to cool the computer", "to print documents", "to store electricity")
q("How many bits are in a byte?", "eight", "four", "ten", "sixteen")
q("Who co-founded Microsoft with Paul Allen?", "Bill Gates", "Steve Jobs", "Mark Zuckerberg", "Larry Page")
q("What does Wi-Fi let devices do?",
  "connect to a network without cables", "charge their batteries faster", "play music without using any speakers", "print photos in color")
q("What is the common name for unwanted bulk email?", "spam", "cookies", "pixels", "drivers")
q("Which key do you hold down to type a capital letter?", "Shift", "Escape", "Insert", "Delete")
q("What is a URL?", "the address of a web page", "the speed of a network", "the storage size of a hard drive", "the brand of a laptop")
q("Which programming language was named after a British comedy group rather than a snake?", "Python", "Java", "Ruby", "Perl")
q("What kind of device is a hard drive?", "a storage device", "an input device", "a display device", "a sound device")
q("What is the small picture you click on to open a program called?", "an icon", "a pixel", "a cursor", "a folder")
q("Who is known as the inventor of the World Wide Web?", "Tim Berners-Lee", "Bill Gates", "Alan Turing", "Steve Jobs")
q("Which British mathematician broke codes in World War II and helped found computer science?",
  "Alan Turing", "Charles Babbage", "Isaac Newton", "Tim Berners-Lee")
q("What is the smallest single dot in a digital image called?", "a pixel", "a frame", "a folder", "a layer")
q("What do we call the physical parts of a computer?", "hardware", "software", "firmware", "malware")
q("Which of these is an operating system?", "Linux", "Excel", "Google", "Intel")
q('What is "email" short for?', "electronic mail", "express mail", "emergency mail", "external mail")
q("Which invention, patented by Alexander Graham Bell, let people talk over wires?",
  "the telephone", "the radio", "the telegraph", "the television")
q("What is a step-by-step set of instructions for solving a problem called?", "an algorithm", "a password", "a keyboard", "a modem")
q("Which part of a desktop computer shows images and text?", "the monitor", "the keyboard", "the mouse", "the CPU")
q("What is the main purpose of a password?",
  "to keep an account private", "to make the internet faster", "to clean the screen", "to charge the battery")
q("Which device turns sound into an electrical signal?", "a microphone", "a speaker", "a monitor", "a printer")
q('What does "AI" stand for?', "artificial intelligence", "automatic interconnection", "advanced internet", "applied imaging")
q("What is a laptop?", "a portable computer", "a desktop printer", "a game controller", "a phone charger")
q("What does a GPS device help you find?", "your location", "your password", "your email", "your files")
q("Which of these stores data that is read by a laser from a shiny disc?", "a DVD", "a USB stick", "a floppy disk", "a keyboard")
q("What is a copy of files kept in case the originals are lost called?", "a backup", "a download", "a cookie", "a shortcut")
q("What is the main material used to make computer chips?", "silicon", "copper", "plastic", "glass")
q('What does "HTML" stand for?',
  "HyperText Markup Language", "High Transfer Machine Language", "HyperText Media Link", "Home Tool Markup Language")
q("What is the blinking line that shows where your typing will appear called?", "the cursor", "the taskbar", "the scrollbar", "the toolbar")
q("Which office machine sends copies of documents over telephone lines?", "a fax machine", "a typewriter", "a photocopier", "a projector")

# ----------------------------------------------------------------------------- sports and culture
subject("sports_culture")
q("How many players does a soccer team have on the field at once?", "eleven", "nine", "seven", "fifteen")
q('In which sport do players score a "touchdown"?', "American football", "ice hockey", "baseball", "volleyball")
q("How often are the Summer Olympic Games normally held?", "every four years", "every two years", "every three years", "every year")
q("Which sport is played at the Wimbledon Championships?", "tennis", "cycling", "cricket", "hockey")
q("How many rings are on the Olympic flag?", "five", "four", "six", "seven")
q("In basketball, how many points is a shot from beyond the arc worth?", "three", "two", "one", "four")
q("In which country did sushi originate?", "Japan", "China", "Thailand", "Korea")
q("Which holiday is celebrated on December 25 in many countries?", "Christmas", "Easter", "Halloween", "Thanksgiving")
q("In chess, which piece moves in an L shape?", "the knight", "the bishop", "the rook", "the queen")
q("Which sport is played with rackets and a shuttlecock?", "badminton", "tennis", "squash", "table tennis")
q("Which Italian dish is a flat round of dough topped with tomato sauce and cheese and baked?", "pizza", "sushi", "paella", "tacos")
q("In golf, what is a score of one stroke under par on a hole called?", "a birdie", "an eagle", "a bogey", "an albatross")
q("What kind of race is the Tour de France?", "a cycling race", "a running race", "a sailing race", "a motor race")
q("How many players from each team are on a volleyball court at one time?", "six", "five", "eleven", "nine")
q("Which Japanese martial art's name means \"empty hand\"?", "karate", "jujitsu", "kung fu", "taekwondo")
q("Which festival of lights is celebrated by Hindus every autumn?", "Diwali", "Navratri", "Christmas", "Passover")
q("How many holes are played in a standard round of golf?", "18", "9", "12", "24")
q("What is the official who controls a soccer match called?", "the referee", "the umpire", "the coach", "the captain")
q("In tennis, what is a score of zero called?", "love", "zilch", "duck", "naught")
q("Which sport is played with a bat, a ball and wickets?", "cricket", "baseball", "golf", "hockey")
q("In which month is Halloween celebrated?", "October", "November", "December", "September")
q("In which country were the ancient Olympic Games first held?", "Greece", "Italy", "Egypt", "China")
q("In baseball, how many strikes make an out?", "three", "two", "four", "five")
q("What is the name of the thin flatbread, made from corn or wheat, that is common in Mexican food?",
  "tortilla", "baguette", "croissant", "pretzel")
q("Which board game lets players buy properties and collect rent?", "Monopoly", "Scrabble", "chess", "checkers")
q("In chess, which piece must be checkmated to win the game?", "the king", "the queen", "the rook", "the bishop")
q("Which sport is played on ice with sticks and a puck?", "ice hockey", "curling", "figure skating", "speed skating")
q("Which country is famous for flamenco dancing?", "Spain", "Brazil", "Argentina", "Ireland")
q("What is Chinese New Year also called in China?",
  "the Spring Festival", "the Moon Festival", "the Dragon Boat Festival", "the Harvest Festival")
q("In a relay race, what do the runners pass to each other?", "a baton", "a flag", "a ball", "a torch")
q("Which sport is played in a swimming pool with a ball and two goals?", "water polo", "diving", "canoeing", "rowing")
q('In boxing, what does "KO" stand for?', "knockout", "kickoff", "keep out", "kneel over")
q("In which country did the Oktoberfest beer festival begin?", "Germany", "Austria", "Belgium", "Ireland")
q("About how long is a marathon?", "about 42 kilometers", "about 10 kilometers", "about 21 kilometers", "about 100 kilometers")
q("Which sport is known for the Stanley Cup?", "ice hockey", "tennis", "cricket", "rugby")
q("In which sport can a player hit a home run?", "baseball", "soccer", "tennis", "swimming")

# ----------------------------------------------------------------------------- health and nutrition
subject("health_nutrition")
q("Which vitamin does the body make when the skin is exposed to sunlight?", "vitamin D", "vitamin C", "vitamin A", "vitamin B12")
q("Which of these foods is the best source of vitamin C?", "oranges", "bread", "rice", "cheese")
q("Which mineral is most important for strong bones and teeth?", "calcium", "iron", "sodium", "iodine")
q("How many hours of sleep do most adults need each night?",
  "about 7 to 9 hours", "about 3 to 4 hours", "about 12 to 14 hours", "about 1 to 2 hours")
q("Which nutrient is the body's main source of quick energy?", "carbohydrates", "vitamins", "minerals", "fiber")
q("What does protein mainly help the body do?",
  "build and repair tissues", "help the eyes see in the dark", "absorb more sunlight", "store more water")
q("Which of these foods is a good source of protein?", "eggs", "apples", "lettuce", "sugar")
q("What is a normal resting heart rate for an adult, in beats per minute?", "60 to 100", "10 to 20", "150 to 200", "200 to 300")
q("Which organ is most damaged by drinking too much alcohol over many years?", "the liver", "the spleen", "the bladder", "the appendix")
q("Not getting enough iron in the diet can lead to which condition?", "anemia", "diabetes", "asthma", "arthritis")
q("What does the body lose when you sweat?", "water and salt", "sugar and fat", "protein and iron", "vitamins and fiber")
q("Which of these drinks is the healthiest everyday choice for staying hydrated?", "water", "fruit juice", "energy drinks", "milkshakes")
q("Which part of the body does a dentist take care of?", "the teeth", "the eyes", "the feet", "the skin")
q("Which vitamin, found in carrots, is important for good eyesight?", "vitamin A", "vitamin D", "vitamin K", "vitamin E")
q("Eating a lot of sugary food is a common cause of which dental problem?", "tooth decay", "sore knees", "hair loss", "ear pain")
q('What does "BMI" stand for?', "body mass index", "body muscle index", "basic meal intake", "blood measure index")
q("Which kind of fat, found in olive oil and nuts, is considered healthier?",
  "unsaturated fat", "trans fat", "butterfat", "lard")
q("What kind of exercise, such as running or swimming, strengthens the heart and lungs?",
  "aerobic exercise", "stretching exercises", "napping", "meditation")
q("Which organ makes the hormone insulin?", "the pancreas", "the liver", "the gallbladder", "the heart")
q("Diabetes is a condition that affects what?",
  "the body's blood sugar", "the body's hair color", "the body's bone length", "the body's skin tone")
q("Smoking cigarettes greatly raises the risk of which disease?", "lung cancer", "color blindness", "flat feet", "hay fever")
q("What should you put on a minor burn first?", "cool water", "butter", "toothpaste", "hot oil")
q("How many teeth does a typical adult have, including wisdom teeth?", "32", "20", "24", "40")
q("Which food group does cheese belong to?", "dairy", "grains", "fruits", "vegetables")
q("What does dietary fiber mainly help with?", "digestion", "eyesight", "hearing", "memory")
q("Eating too much of which item can raise blood pressure?", "salt", "water", "fiber", "vitamin C")
q("What is the normal human body temperature in degrees Celsius?", "about 37", "about 30", "about 42", "about 25")
q("Which vitamin is found mostly in animal foods and may be lacking in a vegan diet?", "vitamin B12", "vitamin C", "vitamin K", "folic acid")
q("What is the main reason to wear a helmet when cycling?",
  "to protect your head", "to ride faster", "to keep your hair dry", "to see better at night")
q("Which body parts do push-ups mainly strengthen?", "the arms and chest", "the feet and ankles", "the neck and jaw", "the eyes and ears")
q("A calorie is a unit that measures what in food?", "energy", "weight", "color", "price")
q("Which fruit is well known for being high in potassium?", "bananas", "lemons", "grapes", "cherries")
q("Not drinking enough water can lead to what?", "dehydration", "frostbite", "sunburn", "a nosebleed")
q("Which of these is a whole-grain food?", "brown rice", "white bread", "white rice", "white sugar")
q("What does regular exercise usually do to the risk of heart disease?", "lowers it", "raises it", "has no effect", "doubles it")
q("Which condition causes painful, stiff and swollen joints, especially in older people?", "arthritis", "asthma", "anemia", "eczema")


# ----------------------------------------------------------------------------- layout


def _split_indices(n: int, rng: random.Random) -> set[int]:
    """Indices (within one subject) that go to ``fit``."""
    idx = list(range(n))
    rng.shuffle(idx)
    return set(idx[:FIT_PER_SUBJECT])


def build() -> dict[str, list[dict]]:
    """Both splits as lists of records, deterministically from :data:`ITEMS` and :data:`SEED`."""
    rng = random.Random(SEED)
    rows: dict[str, list[dict]] = {"fit": [], "eval": []}
    for s_idx, subj in enumerate(SUBJECTS):
        items = [(k, it) for k, it in enumerate(ITEMS) if it[0] == subj]
        fit_idx = _split_indices(len(items), rng)
        for split in ("fit", "eval"):
            chosen = [ki for i, ki in enumerate(items) if (i in fit_idx) == (split == "fit")]
            positions = [(s_idx + i) % 4 for i in range(len(chosen))]
            rng.shuffle(positions)
            for (k, (_, question, correct, distractors)), pos in zip(chosen, positions, strict=True):
                choices = list(distractors)
                rng.shuffle(choices)
                choices.insert(pos, correct)
                rows[split].append({
                    "id": f"kn-{k + 1:04d}",
                    "subject": subj,
                    "question": question,
                    "choices": choices,
                    "answer": pos,
                })
    return rows


def dump(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> int:
    data = build()
    if "--check" in sys.argv:
        ok = all((DATA / f"{s}.jsonl").read_text(encoding="utf-8") == dump(r) for s, r in data.items())
        print("committed files match" if ok else "mismatch: run build.py")
        return 0 if ok else 1
    DATA.mkdir(exist_ok=True)
    for split, rows in data.items():
        (DATA / f"{split}.jsonl").write_text(dump(rows), encoding="utf-8")
        print(f"{split}: {len(rows)} items")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
