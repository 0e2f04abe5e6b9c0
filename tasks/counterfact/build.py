"""Build ``data/fit.jsonl`` and ``data/eval.jsonl`` for the ``steered_counterfact`` task.

A CounterFact-style knowledge-editing set (Meng et al. 2022, "Locating and Editing Factual
Associations in GPT", the ROME paper). Every fact, template and filler sentence below was written
for lm-eval-steered; nothing is copied from CounterFact or any other data set.

The data is kept here as plain Python: per relation, a list of prompt templates (``{}`` marks the
subject; each ends right before the object) and, per true object, a list of subjects for which that
object is the correct answer, most familiar first. :func:`build` then

1. decides, per (relation, object), which subjects are *edited* (one case each) and which serve
   only as *neighbourhood* subjects, and in which split; every subject name appears in at most one
   role and one split overall, so no neighbourhood subject is ever edited in the same split and
   no subject of one split (edited or neighbour) appears in the other;
2. writes each case: the rewrite prompt uses the relation's first template; the 2 paraphrase
   prompts use two other templates (the first one preceded by a short unrelated sentence, as in
   CounterFact); the 5 neighbourhood prompts put 5 distinct neighbour subjects of the same
   object into the relation's templates, so that no neighbourhood prompt repeats within a split;
3. picks ``target_new`` (a wrong object of the same type) with a fixed seed.

Run ``python tasks/counterfact/build.py`` to regenerate the files byte for byte (``--check``
verifies the committed files without writing).
"""

from __future__ import annotations

import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20250614
HERE = Path(__file__).parent
DATA = HERE / "data"
N_NEIGHBOURS = 5
N_PARAPHRASES = 2
FIT_SHARE = 0.32  # share of each relation's cases that go to the fit split
SHARED_MIN = 20  # objects with at least this many subjects get cases in both splits


@dataclass
class Relation:
    templates: list[str]
    pools: dict[str, list[str]]
    # wrong objects usable as target_new only (never a target_true in this set)
    extra_new: list[str] = field(default_factory=list)
    # object -> group name; target_new is drawn from objects of the same group
    groups: dict[str, str] = field(default_factory=dict)
    # subject -> other objects that are also (partly) true for it; never used as target_new for
    # a case with this subject or with this subject among its neighbours
    also_true: dict[str, tuple[str, ...]] = field(default_factory=dict)


# fmt: off
RELATIONS: dict[str, Relation] = {}

# ------------------------------------------------------------------------------------ city_country
RELATIONS["city_country"] = Relation(
    templates=[
        "{} is a city in",
        "{} is located in the country of",
        "The city of {} lies in",
        "{} can be found in the country of",
        "If you visit {}, you are in the country of",
        "{} is one of the major cities of",
        "{} is situated in",
        "Travellers arriving in {} have landed in",
    ],
    pools={
        "France": ["Lyon", "Marseille", "Toulouse", "Bordeaux", "Nice", "Lille", "Strasbourg",
                   "Nantes", "Montpellier", "Grenoble", "Avignon"],
        "Germany": ["Munich", "Hamburg", "Frankfurt", "Cologne", "Stuttgart", "Dresden",
                    "Leipzig", "Düsseldorf", "Bremen", "Nuremberg", "Heidelberg"],
        "Italy": ["Milan", "Naples", "Venice", "Florence", "Turin", "Bologna", "Genoa", "Palermo",
                  "Verona", "Pisa", "Siena"],
        "Japan": ["Osaka", "Kyoto", "Yokohama", "Nagoya", "Sapporo", "Kobe", "Hiroshima",
                  "Fukuoka", "Nagasaki", "Nara"],
        "China": ["Shanghai", "Guangzhou", "Wuhan", "Chengdu", "Xi'an", "Nanjing", "Hangzhou",
                  "Tianjin", "Chongqing", "Harbin"],
        "India": ["Mumbai", "Kolkata", "Chennai", "Bangalore", "Jaipur", "Ahmedabad", "Pune",
                  "Agra", "Varanasi", "Lucknow"],
    },
    extra_new=["Spain", "Brazil", "Russia", "Canada"],
)

# ------------------------------------------------------------------------------ official_language
RELATIONS["official_language"] = Relation(
    templates=[
        "The official language of {} is",
        "In {}, the official language is",
        "{} has the official language",
        "Government documents in {} are written in",
        "The language of the government of {} is",
        "Official business in {} is conducted in",
        "By law, the official language of {} is",
        "Laws in {} are published in",
    ],
    pools={
        "Spanish": ["Spain", "Mexico", "Cuba", "Guatemala", "Honduras", "Nicaragua",
                    "El Salvador", "Costa Rica", "Panama", "Venezuela", "Colombia"],
        "Arabic": ["Egypt", "Saudi Arabia", "Jordan", "Syria", "Lebanon", "Kuwait", "Qatar",
                   "Oman", "Yemen", "Libya", "Tunisia", "Bahrain", "Mauritania"],
        "English": ["Jamaica", "Ghana", "Nigeria", "Liberia", "Barbados", "Guyana", "Belize",
                    "Zambia", "Sierra Leone", "Trinidad and Tobago", "Grenada", "Saint Lucia",
                    "Antigua and Barbuda"],
        "French": ["France", "Senegal", "Gabon", "Guinea", "Togo", "Benin", "Monaco", "Côte d'Ivoire"],
        "Portuguese": ["Portugal", "Brazil", "Angola", "Mozambique", "Cape Verde",
                       "Guinea-Bissau", "São Tomé and Príncipe"],
    },
    extra_new=["German", "Russian", "Italian"],
)

# -------------------------------------------------------------------------------------- continent
RELATIONS["continent"] = Relation(
    templates=[
        "{} is located in the continent of",
        "{} is a country in",
        "The country of {} is part of",
        "{} belongs to the continent of",
        "On a world map, {} is found in",
        "{} is a nation on the continent of",
        "{} is situated on the continent of",
        "Geographically, {} is part of",
    ],
    pools={
        "Europe": ["Germany", "Italy", "Poland", "Sweden", "Norway", "Finland", "Denmark",
                   "Greece", "Hungary", "Ireland", "Romania", "Austria", "Switzerland",
                   "Belgium", "Croatia", "Iceland", "Ukraine", "Bulgaria"],
        "Asia": ["Japan", "China", "India", "Thailand", "Vietnam", "Mongolia", "Nepal",
                 "Bangladesh", "Pakistan", "Cambodia", "Malaysia", "Sri Lanka", "South Korea",
                 "Laos", "Bhutan"],
        "Africa": ["Kenya", "Ethiopia", "Tanzania", "Uganda", "Rwanda", "Zimbabwe", "Namibia",
                   "Madagascar", "Somalia", "Cameroon", "Morocco", "Botswana"],
        "South America": ["Argentina", "Chile", "Peru", "Bolivia", "Paraguay", "Uruguay",
                          "Ecuador", "Suriname"],
    },
    extra_new=["North America", "Australia"],
)

# ------------------------------------------------------------------------------------ plays_sport
RELATIONS["plays_sport"] = Relation(
    templates=[
        "{} professionally plays the sport of",
        "{} is famous for playing",
        "The sport {} is known for is",
        "{} made a name in the sport of",
        "{} competed at the highest level in",
        "{} is a famous name in the world of",
        "{} earned fame as a player of",
        "The sport played by {} is",
    ],
    pools={
        "soccer": ["Lionel Messi", "Cristiano Ronaldo", "Pelé", "Diego Maradona",
                   "Zinedine Zidane", "David Beckham", "Neymar", "Ronaldinho", "Thierry Henry",
                   "Johan Cruyff", "Wayne Rooney", "Kylian Mbappé"],
        "basketball": ["Michael Jordan", "LeBron James", "Kobe Bryant", "Stephen Curry",
                       "Shaquille O'Neal", "Magic Johnson", "Larry Bird", "Kareem Abdul-Jabbar",
                       "Kevin Durant", "Tim Duncan", "Dirk Nowitzki", "Yao Ming"],
        "tennis": ["Roger Federer", "Rafael Nadal", "Novak Djokovic", "Serena Williams",
                   "Andy Murray", "Pete Sampras", "Andre Agassi", "Maria Sharapova", "Steffi Graf",
                   "Björn Borg", "John McEnroe"],
        "golf": ["Tiger Woods", "Jack Nicklaus", "Arnold Palmer", "Phil Mickelson",
                 "Rory McIlroy", "Gary Player", "Seve Ballesteros", "Greg Norman"],
        "baseball": ["Babe Ruth", "Derek Jeter", "Lou Gehrig", "Joe DiMaggio", "Hank Aaron",
                     "Willie Mays", "Jackie Robinson", "Mickey Mantle"],
        "cricket": ["Sachin Tendulkar", "Don Bradman", "Brian Lara", "Shane Warne",
                    "Virat Kohli", "Ricky Ponting", "Viv Richards"],
        "boxing": ["Muhammad Ali", "Mike Tyson", "Floyd Mayweather", "Manny Pacquiao",
                   "Joe Frazier", "George Foreman", "Evander Holyfield"],
    },
    extra_new=["ice hockey"],
    also_true={"Michael Jordan": ("baseball",)},
)

# ------------------------------------------------------------------------------------- instrument
RELATIONS["instrument"] = Relation(
    templates=[
        "{} is known for playing the",
        "The instrument played by {} is the",
        "{} became famous playing the",
        "The main instrument of {} is the",
        "{} is a master of the",
        "On stage, {} usually plays the",
        "{} is best known as a player of the",
        "Fans remember {} for playing the",
    ],
    pools={
        "guitar": ["Jimi Hendrix", "Eric Clapton", "Jimmy Page", "B.B. King", "Slash",
                   "Eddie Van Halen", "Carlos Santana", "Chuck Berry", "Django Reinhardt",
                   "Andrés Segovia", "Stevie Ray Vaughan", "Brian May"],
        "piano": ["Frédéric Chopin", "Franz Liszt", "Elton John", "Billy Joel", "Glenn Gould",
                  "Vladimir Horowitz", "Lang Lang", "Arthur Rubinstein", "Thelonious Monk",
                  "Art Tatum", "Oscar Peterson"],
        "violin": ["Itzhak Perlman", "Niccolò Paganini", "Jascha Heifetz", "Yehudi Menuhin",
                   "Joshua Bell", "Anne-Sophie Mutter", "Fritz Kreisler", "Hilary Hahn",
                   "Isaac Stern", "Stéphane Grappelli"],
        "trumpet": ["Louis Armstrong", "Miles Davis", "Dizzy Gillespie", "Chet Baker",
                    "Wynton Marsalis", "Clifford Brown", "Herb Alpert", "Freddie Hubbard", "Lee Morgan"],
        "saxophone": ["John Coltrane", "Charlie Parker", "Sonny Rollins", "Stan Getz",
                      "Kenny G", "Coleman Hawkins", "Clarence Clemons", "Lester Young",
                      "Dexter Gordon"],
        "drums": ["Ringo Starr", "John Bonham", "Keith Moon", "Neil Peart", "Buddy Rich",
                  "Travis Barker", "Charlie Watts", "Gene Krupa", "Ginger Baker"],
        "cello": ["Yo-Yo Ma", "Pablo Casals", "Jacqueline du Pré", "Mstislav Rostropovich",
                  "Steven Isserlis", "Sheku Kanneh-Mason"],
    },
    extra_new=["flute", "harp"],
    # instruments these players also played seriously, if less famously
    also_true={
        "Django Reinhardt": ("violin",),
        "Carlos Santana": ("violin",),
        "Eddie Van Halen": ("drums", "piano"),
        "Niccolò Paganini": ("guitar",),
        "Stéphane Grappelli": ("piano",),
    },
)

# ------------------------------------------------------------------------------ headquarters_city
RELATIONS["headquarters_city"] = Relation(
    templates=[
        "The headquarters of {} are in",
        "{} is headquartered in",
        "The head office of {} is in",
        "{} has its main offices in",
        "The company {} is based in",
        "{} runs its business from its headquarters in",
        "{} is a company based in",
        "The main office of {} is located in",
    ],
    pools={
        "Tokyo": ["Sony", "Honda", "Hitachi", "Canon", "Bridgestone", "Shiseido", "Nikon",
                  "Casio", "Seiko", "Olympus", "Sega", "Konami", "Subaru", "NEC"],
        "New York": ["Pfizer", "Goldman Sachs", "JPMorgan Chase", "Morgan Stanley", "Citigroup",
                     "Verizon", "American Express", "MetLife", "BlackRock", "Colgate-Palmolive",
                     "Tiffany & Co.", "Estée Lauder"],
        "Paris": ["AXA", "BNP Paribas", "Hermès", "Dior", "Louis Vuitton", "Kering", "Danone",
                  "Société Générale", "Publicis", "Vivendi", "Sanofi", "LVMH"],
        "London": ["HSBC", "BP", "Unilever", "Barclays", "BBC", "Burberry", "GSK", "Diageo",
                   "Reuters", "Aviva", "Standard Chartered"],
        "Milan": ["Prada", "Armani", "Pirelli", "UniCredit", "Versace", "Dolce & Gabbana",
                  "Moncler"],
        "Seattle": ["Amazon", "Starbucks", "Nordstrom", "Expedia", "Zillow", "Weyerhaeuser"],
        "Seoul": ["Hyundai", "LG", "Kia", "Korean Air", "Lotte", "SK Telecom"],
        "Shenzhen": ["Huawei", "Tencent", "BYD", "DJI", "ZTE", "Ping An"],
    },
    extra_new=["Munich", "Chicago"],
)

# ---------------------------------------------------------------------------------------- author_of
RELATIONS["author_of"] = Relation(
    templates=[
        "{} was written by",
        "The author of {} is",
        "{} is a work by",
        "The writer who created {} is",
        "{} came from the pen of",
        "{} is one of the best-known works of",
        "The author who wrote {} is",
        "{} was created by the writer",
    ],
    pools={
        "William Shakespeare": ["Hamlet", "Macbeth", "Othello", "King Lear", "Romeo and Juliet",
                                "The Tempest", "Twelfth Night", "A Midsummer Night's Dream",
                                "Much Ado About Nothing", "Julius Caesar",
                                "The Merchant of Venice", "As You Like It"],
        "Charles Dickens": ["Oliver Twist", "Great Expectations", "A Tale of Two Cities",
                            "David Copperfield", "A Christmas Carol", "Bleak House",
                            "Hard Times", "The Pickwick Papers", "Nicholas Nickleby",
                            "Little Dorrit", "The Old Curiosity Shop", "Our Mutual Friend"],
        "Agatha Christie": ["Murder on the Orient Express", "Death on the Nile",
                            "And Then There Were None", "The Murder of Roger Ackroyd",
                            "The ABC Murders", "Evil Under the Sun",
                            "The Mysterious Affair at Styles", "The Body in the Library",
                            "A Murder Is Announced"],
        "Jules Verne": ["Around the World in Eighty Days", "Journey to the Center of the Earth",
                        "Twenty Thousand Leagues Under the Seas", "From the Earth to the Moon",
                        "The Mysterious Island", "Five Weeks in a Balloon", "Michael Strogoff"],
        "Roald Dahl": ["Charlie and the Chocolate Factory", "Matilda", "The BFG",
                       "James and the Giant Peach", "The Witches", "Fantastic Mr Fox",
                       "The Twits", "George's Marvellous Medicine", "The Enormous Crocodile"],
        "Mark Twain": ["Adventures of Huckleberry Finn", "The Adventures of Tom Sawyer",
                       "The Prince and the Pauper", "A Connecticut Yankee in King Arthur's Court",
                       "Life on the Mississippi", "The Innocents Abroad", "Roughing It"],
        "Jane Austen": ["Pride and Prejudice", "Sense and Sensibility", "Emma", "Persuasion",
                        "Mansfield Park", "Northanger Abbey"],
        "Ernest Hemingway": ["The Old Man and the Sea", "A Farewell to Arms",
                             "For Whom the Bell Tolls", "The Sun Also Rises",
                             "A Moveable Feast", "Death in the Afternoon", "To Have and Have Not"],
    },
    extra_new=["Leo Tolstoy", "Victor Hugo", "George Orwell"],
)

# ----------------------------------------------------------------------------------- field_of_work
RELATIONS["field_of_work"] = Relation(
    templates=[
        "{} worked in the field of",
        "{} is best known for work in",
        "The academic field of {} was",
        "{} made major contributions to",
        "{} is remembered as an important figure in",
        "{} spent a career studying",
        "The area of research of {} was",
        "{} became famous for achievements in",
    ],
    pools={
        "physics": ["Albert Einstein", "Isaac Newton", "Niels Bohr", "Max Planck",
                    "Richard Feynman", "Werner Heisenberg", "Erwin Schrödinger", "Enrico Fermi",
                    "Paul Dirac", "Stephen Hawking", "Michael Faraday", "James Clerk Maxwell"],
        "mathematics": ["Carl Friedrich Gauss", "Leonhard Euler", "Pierre de Fermat", "Euclid",
                        "Bernhard Riemann", "David Hilbert", "Srinivasa Ramanujan",
                        "Évariste Galois", "Andrew Wiles", "Georg Cantor"],
        "philosophy": ["Plato", "Aristotle", "Socrates", "Immanuel Kant", "Friedrich Nietzsche",
                       "Confucius", "Søren Kierkegaard", "David Hume", "John Locke"],
        "biology": ["Charles Darwin", "Gregor Mendel", "Alfred Russel Wallace",
                    "Jean-Baptiste Lamarck", "Carl Linnaeus", "Jane Goodall", "Rachel Carson",
                    "Ernst Mayr"],
        "chemistry": ["Dmitri Mendeleev", "Antoine Lavoisier", "Linus Pauling", "John Dalton",
                      "Amedeo Avogadro", "Fritz Haber", "Humphry Davy", "Dorothy Hodgkin",
                      "Robert Bunsen"],
        "economics": ["Adam Smith", "John Maynard Keynes", "Milton Friedman", "David Ricardo",
                      "Friedrich Hayek", "Paul Samuelson", "Joseph Schumpeter",
                      "Alfred Marshall", "Thomas Malthus"],
        "psychology": ["Sigmund Freud", "Carl Jung", "B. F. Skinner", "Jean Piaget",
                       "Abraham Maslow", "Alfred Adler", "Wilhelm Wundt"],
        "astronomy": ["Johannes Kepler", "Nicolaus Copernicus", "Edwin Hubble", "Tycho Brahe",
                      "Carl Sagan", "Edmond Halley"],
    },
    # fields these people also worked in
    also_true={
        "Isaac Newton": ("mathematics", "astronomy"),
        "Carl Friedrich Gauss": ("physics", "astronomy"),
        "Leonhard Euler": ("physics", "astronomy"),
        "David Hilbert": ("physics",),
        "James Clerk Maxwell": ("mathematics",),
        "Stephen Hawking": ("astronomy", "mathematics"),
        "Michael Faraday": ("chemistry",),
        "Johannes Kepler": ("mathematics", "physics"),
        "Nicolaus Copernicus": ("mathematics",),
        "Edmond Halley": ("mathematics", "physics"),
        "Edwin Hubble": ("physics",),
        "Aristotle": ("biology", "physics", "astronomy"),
        "Immanuel Kant": ("astronomy", "physics"),
        "Adam Smith": ("philosophy",),
        "David Hume": ("economics",),
        "Friedrich Hayek": ("philosophy",),
        "Jean Piaget": ("biology", "philosophy"),
        "Wilhelm Wundt": ("philosophy",),
        "Linus Pauling": ("biology", "physics"),
        "Amedeo Avogadro": ("physics",),
        "John Dalton": ("physics",),
        "Humphry Davy": ("physics",),
        "Robert Bunsen": ("physics",),
    },
)

# --------------------------------------------------------------------------------- native_language
RELATIONS["native_language"] = Relation(
    templates=[
        "The native language of {} is",
        "The mother tongue of {} is",
        "{} grew up speaking",
        "The first language of {} was",
        "As a child, {} spoke",
        "{} was raised speaking",
        "The language {} spoke at home as a child was",
        "{} first learned to speak",
    ],
    pools={
        "French": ["Charles de Gaulle", "Emmanuel Macron", "Jacques Chirac", "Édith Piaf",
                   "Voltaire", "Molière", "Claude Monet", "Gérard Depardieu", "Catherine Deneuve",
                   "Brigitte Bardot", "Auguste Rodin", "Marcel Proust"],
        "German": ["Angela Merkel", "Helmut Kohl", "Otto von Bismarck",
                   "Johann Wolfgang von Goethe", "Ludwig van Beethoven", "Johann Sebastian Bach",
                   "Martin Luther", "Thomas Mann", "Friedrich Schiller", "Richard Wagner"],
        "Italian": ["Luciano Pavarotti", "Sophia Loren", "Federico Fellini", "Dante Alighieri",
                    "Leonardo da Vinci", "Giuseppe Verdi", "Andrea Bocelli", "Roberto Benigni",
                    "Umberto Eco"],
        "Spanish": ["Pablo Picasso", "Salvador Dalí", "Miguel de Cervantes", "Penélope Cruz",
                    "Antonio Banderas", "Gabriel García Márquez", "Jorge Luis Borges",
                    "Pablo Neruda", "Frida Kahlo"],
        "Russian": ["Vladimir Putin", "Mikhail Gorbachev", "Boris Yeltsin", "Alexander Pushkin",
                    "Anton Chekhov", "Pyotr Tchaikovsky", "Yuri Gagarin", "Vladimir Lenin"],
        "Japanese": ["Hayao Miyazaki", "Akira Kurosawa", "Haruki Murakami", "Yoko Ono",
                     "Shinzo Abe", "Yukio Mishima", "Toshiro Mifune", "Ryuichi Sakamoto",
                     "Takeshi Kitano"],
        "Portuguese": ["Paulo Coelho", "José Saramago", "Fernando Pessoa", "Vasco da Gama",
                       "Ayrton Senna", "José Mourinho"],
        "Dutch": ["Vincent van Gogh", "Rembrandt", "Johannes Vermeer", "Piet Mondrian",
                  "Mark Rutte", "M. C. Escher"],
    },
)

# ----------------------------------------------------------------------------------- manufacturer
TECH = ("Apple", "Microsoft", "Google", "Sony", "Adobe", "Nintendo", "Samsung")
CARS = ("Toyota", "Ford", "Volkswagen", "Honda", "BMW", "Nissan")
RELATIONS["manufacturer"] = Relation(
    templates=[
        "{} is produced by",
        "{} is made by",
        "The company behind {} is",
        "{} is a product of",
        "{} was developed by",
        "The maker of {} is",
        "{} comes from the company",
        "The firm that produces {} is",
    ],
    pools={
        "Microsoft": ["Windows", "Xbox", "Excel", "PowerPoint", "Outlook", "Bing",
                      "Internet Explorer", "Visual Studio", "Azure", "Kinect", "Cortana"],
        "Apple": ["iPhone", "iPad", "MacBook", "iPod", "iMac", "AirPods", "iTunes", "Macintosh",
                  "FaceTime", "iCloud", "Final Cut Pro"],
        "Toyota": ["Corolla", "Camry", "Prius", "RAV4", "Land Cruiser", "Hilux", "Yaris", "Supra",
                   "Tacoma", "Tundra", "Highlander"],
        "Sony": ["PlayStation", "Walkman", "Bravia", "Xperia", "Handycam", "Discman", "Cyber-shot",
                 "Aibo"],
        "Google": ["Android", "Chrome", "Gmail", "Pixel", "Chromecast", "AdSense", "Street View"],
        "Ford": ["Mustang", "F-150", "Fiesta", "Bronco", "Model T", "Thunderbird", "Crown Victoria"],
        "Adobe": ["Photoshop", "Acrobat", "Illustrator", "InDesign", "Lightroom",
                  "Premiere Pro", "After Effects"],
        "Volkswagen": ["Phaeton", "Passat", "Jetta", "Tiguan", "Touareg", "Scirocco"],
    },
    extra_new=["Samsung", "Nintendo", "Honda", "BMW", "Nissan"],
    groups={**{c: "tech" for c in TECH}, **{c: "cars" for c in CARS}},
)

# ---------------------------------------------------------------------------------- landmark_city
# Templates never start with the subject, so names that take "the" read naturally.
RELATIONS["landmark_city"] = Relation(
    templates=[
        "The city that is home to {} is",
        "Tourists who want to see {} travel to",
        "You can visit {} in the city of",
        "To see {} in person, you have to go to",
        "Every year, millions of visitors see {} in",
        "A trip to see {} means going to",
        "Postcards of {} are sold in",
        "Guidebooks describe {} as a highlight of",
    ],
    pools={
        "London": ["Big Ben", "Buckingham Palace", "Westminster Abbey", "the British Museum",
                   "Trafalgar Square", "Tower Bridge", "Hyde Park", "St Paul's Cathedral",
                   "Piccadilly Circus", "Downing Street", "the Tate Modern", "Covent Garden"],
        "Paris": ["the Eiffel Tower", "the Louvre", "the Arc de Triomphe", "the Champs-Élysées",
                  "Montmartre", "the Sacré-Cœur", "the Musée d'Orsay", "the Pompidou Centre",
                  "the Place de la Concorde", "Les Invalides", "the Jardin du Luxembourg"],
        "New York": ["the Statue of Liberty", "Times Square", "Central Park",
                     "the Empire State Building", "the Brooklyn Bridge", "Wall Street",
                     "Rockefeller Center", "the Chrysler Building", "Grand Central Terminal",
                     "the Metropolitan Museum of Art", "the High Line", "Madison Square Garden"],
        "Rome": ["the Colosseum", "the Trevi Fountain", "the Spanish Steps", "Circus Maximus",
                 "Piazza Navona", "the Baths of Caracalla", "Castel Sant'Angelo",
                 "the Capitoline Hill"],
        "Moscow": ["the Kremlin", "Red Square", "St. Basil's Cathedral", "the Bolshoi Theatre",
                   "Gorky Park", "Lenin's Mausoleum"],
        "Athens": ["the Acropolis", "the Parthenon", "the Temple of Olympian Zeus",
                   "the Erechtheion", "the Panathenaic Stadium", "Syntagma Square"],
        "Berlin": ["the Brandenburg Gate", "the Reichstag building", "Checkpoint Charlie",
                   "Alexanderplatz", "Museum Island", "the Kurfürstendamm"],
        "Istanbul": ["the Hagia Sophia", "the Blue Mosque", "the Grand Bazaar", "Topkapı Palace",
                     "the Galata Tower", "the Basilica Cistern"],
        "Barcelona": ["the Sagrada Família", "Park Güell", "La Rambla", "Camp Nou",
                      "Casa Batlló", "Casa Milà"],
        "San Francisco": ["the Golden Gate Bridge", "Alcatraz", "Fisherman's Wharf",
                          "Lombard Street", "Coit Tower", "the Transamerica Pyramid"],
        "Beijing": ["the Forbidden City", "Tiananmen Square", "the Temple of Heaven",
                    "the Summer Palace", "the Great Hall of the People",
                    "the Bird's Nest stadium"],
    },
    extra_new=["Madrid", "Vienna"],
)

# ----------------------------------------------------------------------------------- animal_class
# Subjects are common nouns used with "the"; the objects are plural class names.
RELATIONS["animal_class"] = Relation(
    templates=[
        "The {} belongs to the class of",
        "Biologists classify the {} among the",
        "In zoology, the {} is grouped with the",
        "The {} is one of the animals known as",
        "Scientifically, the {} counts among the",
        "A textbook on animals lists the {} under",
        "Among the groups of animals, the {} belongs to the",
        "The {} is classified as one of the",
    ],
    pools={
        "mammals": ["dolphin", "whale", "bat", "elephant", "lion", "horse", "kangaroo", "giraffe",
                    "tiger", "rabbit", "camel", "gorilla", "zebra", "wolf", "otter"],
        "birds": ["eagle", "penguin", "ostrich", "owl", "parrot", "sparrow", "pelican",
                  "flamingo", "swan", "pigeon", "peacock", "hummingbird"],
        "reptiles": ["crocodile", "lizard", "turtle", "tortoise", "iguana", "chameleon",
                     "alligator", "gecko", "cobra", "rattlesnake"],
        "fish": ["shark", "salmon", "tuna", "goldfish", "trout", "cod", "seahorse", "swordfish",
                 "eel"],
        "insects": ["ant", "bee", "butterfly", "beetle", "mosquito", "grasshopper", "dragonfly",
                    "wasp", "termite"],
        "amphibians": ["frog", "toad", "salamander", "newt", "axolotl", "bullfrog"],
    },
)

# Short sentences with no bearing on any fact in this set, put before the first paraphrase
# (CounterFact prefixes its paraphrases with unrelated generated text in the same way).
PREFIXES: list[str] = [
    "The kettle clicked off in the kitchen.",
    "She folded the letter and put it back in the drawer.",
    "It rained steadily for most of the afternoon.",
    "The meeting was moved to Thursday.",
    "He forgot his umbrella on the bus again.",
    "The bakery on the corner opens at seven.",
    "Nobody answered the phone at the front desk.",
    "The children built a fort out of cardboard boxes.",
    "A cold wind came in from the hills.",
    "The printer ran out of paper halfway through.",
    "She watered the tomatoes before breakfast.",
    "The lift was out of order all week.",
    "They painted the fence a pale shade of green.",
    "The cat slept on the warm windowsill.",
    "He spent the morning answering emails.",
    "The train was ten minutes late.",
    "Someone left a bicycle leaning against the gate.",
    "The soup needed a little more salt.",
    "A new bench was installed by the pond.",
    "The library closes early on Saturdays.",
    "Her shoes were still wet from the walk.",
    "The radio played quietly in the background.",
    "We ran out of milk on Sunday.",
    "The neighbours are planting a hedge.",
    "He finally fixed the squeaky door.",
    "The candles flickered when the window opened.",
    "A delivery van blocked the narrow street.",
    "The puzzle was missing one corner piece.",
    "The garden looked tidy after the weekend.",
    "She wrote a shopping list on the back of a receipt.",
    "The clock in the hallway is five minutes fast.",
    "Two ducks landed on the little pond.",
    "The coffee had gone cold by the time he sat down.",
    "They agreed to meet again next month.",
    "The road was closed for repairs.",
    "A dog barked somewhere down the lane.",
    "The tablecloth had a small stain near the edge.",
    "He sharpened all the pencils in the cup.",
    "The snow melted by noon.",
    "She hung the washing out to dry.",
    "The old bridge creaked under the weight of the cart.",
    "Our team lost the quiz by a single point.",
    "The baby finally fell asleep after lunch.",
    "A moth fluttered around the porch light.",
    "The heating came on just after six.",
    "He swapped the batteries in the remote.",
    "The bus stop has a new timetable.",
    "She bought a plant for the office.",
    "The curtains were drawn against the sun.",
    "Somebody had left the lights on all night.",
    "The oven takes a while to warm up.",
    "We sat on the steps and watched the rain.",
    "The envelope was addressed in neat handwriting.",
    "His phone buzzed twice during dinner.",
    "The path was covered in fallen leaves.",
    "She practised the song until it sounded right.",
    "The parcel arrived a day early.",
    "A gull stole a chip from the table.",
    "The window cleaner comes every other Tuesday.",
    "They moved the sofa closer to the fire.",
]

# fmt: on


def fill(template: str, subject: str) -> str:
    return template.format(subject)


def portions(relation: str, rel: Relation) -> list[tuple[str, str, list[str], list[str]]]:
    """Split each object's subjects into (split, object, edited, neighbours) portions.

    Objects with at least :data:`SHARED_MIN` subjects get a portion in each split (every third
    subject goes to fit); smaller objects go whole to the split that is furthest below its share
    (:data:`FIT_SHARE`) of the relation's cases so far. Within a portion of ``m`` subjects,
    ``max(5, ceil(5 m / (5 + K)))`` (``K`` templates) serve as neighbours and the rest are edited, alternating so both
    roles get familiar names.
    """
    out: list[tuple[str, str, list[str], list[str]]] = []
    n_cases = Counter()

    templates = rel.templates

    def roles(subjects: list[str]) -> tuple[list[str], list[str]]:
        m = len(subjects)
        n_nb = max(N_NEIGHBOURS, math.ceil(N_NEIGHBOURS * m / (N_NEIGHBOURS + len(templates))))
        if m - n_nb < 1:
            raise ValueError(f"{relation}: portion of {m} subjects is too small: {subjects}")
        edited, nbs = [], []
        for i, s in enumerate(subjects):
            # alternate edited / neighbour until one side is full
            want_edit = (i % 2 == 0 and len(edited) < m - n_nb) or len(nbs) >= n_nb
            (edited if want_edit else nbs).append(s)
        return edited, nbs

    objects = sorted(rel.pools, key=lambda o: (-len(rel.pools[o]), list(rel.pools).index(o)))
    for obj in objects:
        subjects = rel.pools[obj]
        if len(subjects) >= SHARED_MIN:
            fit_part = subjects[2::3]
            eval_part = [s for i, s in enumerate(subjects) if i % 3 != 2]
            for split, part in (("eval", eval_part), ("fit", fit_part)):
                e, nb = roles(part)
                out.append((split, obj, e, nb))
                n_cases[split] += len(e)
        else:
            e, nb = roles(subjects)
            total = n_cases["fit"] + n_cases["eval"] + len(e)
            fit_gap = FIT_SHARE * total - n_cases["fit"]
            eval_gap = (1 - FIT_SHARE) * total - n_cases["eval"]
            split = "fit" if fit_gap > eval_gap else "eval"
            out.append((split, obj, e, nb))
            n_cases[split] += len(e)
    return out


def choose_neighbours(
    n_cases: int, pool: list[str], n_templates: int, offset: int
) -> list[list[tuple[str, int]]]:
    """For each case, 5 distinct neighbours, each with a template index.

    Prefers the least-used neighbours and, per neighbour, a template it has not had yet, so
    that no (neighbour, template) prompt repeats across cases of the same object and split.
    """
    used_nb: Counter = Counter()
    used_pair: set[tuple[str, int]] = set()
    used_t: Counter = Counter()
    out = []
    for i in range(n_cases):
        order = sorted(range(len(pool)), key=lambda j: (used_nb[pool[j]], (j - i * 2) % len(pool)))
        chosen = [pool[j] for j in order[:N_NEIGHBOURS]]
        case_t: set[int] = set()
        picks = []
        for nb in chosen:
            options = [t for t in range(n_templates) if (nb, t) not in used_pair]
            if not options:
                raise ValueError(f"neighbour {nb!r} used with every template")
            t = min(options, key=lambda t: (t in case_t, used_t[t], (t + i + offset) % n_templates))
            picks.append((nb, t))
            used_pair.add((nb, t))
            used_nb[nb] += 1
            used_t[t] += 1
            case_t.add(t)
        out.append(picks)
    return out


def build() -> dict[str, list[dict]]:
    cases: dict[str, list[dict]] = {"eval": [], "fit": []}
    prefix_rng = random.Random(f"{SEED}-prefix")
    prefixes = PREFIXES[:]
    prefix_rng.shuffle(prefixes)
    p_i = 0
    for r_i, (relation, rel) in enumerate(RELATIONS.items()):
        rng = random.Random(f"{SEED}-{relation}")
        k = len(rel.templates)
        objects = list(rel.pools) + [o for o in rel.extra_new if o not in rel.pools]
        j = 0  # case counter within the relation, rotates the paraphrase templates
        new_counts: Counter = Counter()
        for split, obj, edited, nbs in portions(relation, rel):
            nb_plan = choose_neighbours(len(edited), nbs, k, offset=r_i)
            group = rel.groups.get(obj)
            candidates = [o for o in objects if o != obj and rel.groups.get(o) == group]
            for subject, picks in zip(edited, nb_plan):
                banned = {o for s in [subject, *(nb for nb, _ in picks)] for o in rel.also_true.get(s, ())}
                # least-used wrong object of the same group, ties broken at random
                new = min(
                    (o for o in candidates if o not in banned),
                    key=lambda o: (new_counts[o], rng.random()),
                )
                new_counts[new] += 1
                t1 = 1 + (j % (k - 1))
                t2 = 1 + ((j + 2) % (k - 1))
                j += 1
                para = [
                    f"{prefixes[p_i % len(prefixes)]} {fill(rel.templates[t1], subject)}",
                    fill(rel.templates[t2], subject),
                ]
                p_i += 1
                cases[split].append({
                    "relation": relation,
                    "subject": subject,
                    "prompt": rel.templates[0],
                    "target_true": obj,
                    "target_new": new,
                    "paraphrase_prompts": para,
                    "neighborhood_prompts": [fill(rel.templates[t], nb) for nb, t in picks],
                    "_neighbours": [nb for nb, _ in picks],
                })
    out: dict[str, list[dict]] = {}
    start = {"eval": 1, "fit": 5001}
    for split in ("eval", "fit"):
        rng = random.Random(f"{SEED}-order-{split}")
        items = cases[split]
        rng.shuffle(items)
        out[split] = []
        for i, c in enumerate(items):
            cid = f"cf-{start[split] + i:04d}"
            out[split].append({"id": cid, "case_id": cid, **c})
    return out


def check(splits: dict[str, list[dict]]) -> None:
    """Structural and disjointness checks; raises AssertionError on any violation."""
    all_objects = {o for rel in RELATIONS.values() for o in list(rel.pools) + rel.extra_new}
    names: dict[str, dict[str, set[str]]] = {}
    ids = [c["id"] for cs in splits.values() for c in cs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for split, cs in splits.items():
        edited = [c["subject"].lower() for c in cs]
        assert len(edited) == len(set(edited)), f"{split}: subject edited twice"
        nbs = {n.lower() for c in cs for n in c["_neighbours"]}
        assert not nbs & set(edited), f"{split}: neighbour is edited: {nbs & set(edited)}"
        names[split] = {"edited": set(edited), "nbs": nbs}
        texts: list[str] = []
        for c in cs:
            rel = RELATIONS[c["relation"]]
            assert c["prompt"].count("{}") == 1 and c["prompt"] in rel.templates
            assert c["target_new"] != c["target_true"]
            assert c["target_true"] in rel.pools and c["target_new"] in all_objects
            for t in (c["target_true"], c["target_new"]):
                assert t == t.strip() and 1 <= len(t.split()) <= 2, t
            assert len(c["paraphrase_prompts"]) == N_PARAPHRASES
            assert len(c["neighborhood_prompts"]) == N_NEIGHBOURS
            assert len(set(c["_neighbours"])) == N_NEIGHBOURS
            for nb in [c["subject"], *c["_neighbours"]]:
                assert nb in rel.pools[c["target_true"]]
                assert c["target_new"] not in rel.also_true.get(nb, ()), (nb, c["target_new"])
            assert c["subject"] not in c["_neighbours"]
            rewrite = c["prompt"].format(c["subject"])
            prompts = [rewrite, *c["paraphrase_prompts"], *c["neighborhood_prompts"]]
            for p in prompts:
                assert p == p.strip() and not p.endswith((".", ",", ":")), p
                low = p.lower()
                for o in (c["target_true"], c["target_new"]):
                    assert not re.search(rf"\b{re.escape(o.lower())}\b", low), (p, o)
            for p in c["paraphrase_prompts"]:
                assert c["subject"] in p and p not in (rewrite,)
            texts.extend(prompts)
        dup = [t for t, n in Counter(texts).items() if n > 1]
        assert not dup, f"{split}: repeated prompt texts: {dup[:5]}"
    cross = (names["eval"]["edited"] | names["eval"]["nbs"]) & (
        names["fit"]["edited"] | names["fit"]["nbs"]
    )
    assert not cross, f"subjects in both splits: {cross}"
    # subject strings must be unique across relations (no entity reused under two relations)
    every = [s.lower() for rel in RELATIONS.values() for p in rel.pools.values() for s in p]
    for rel in RELATIONS.values():
        known = {s for p in rel.pools.values() for s in p}
        assert set(rel.also_true) <= known, set(rel.also_true) - known
    assert len(every) == len(set(every)), [s for s, n in Counter(every).items() if n > 1]
    for p in PREFIXES:
        assert not any(o.lower() in p.lower().split() for o in all_objects), p
    assert len(set(PREFIXES)) == len(PREFIXES)


def dump(cases: list[dict]) -> str:
    return "".join(
        json.dumps({k: v for k, v in c.items() if not k.startswith("_")}, ensure_ascii=False) + "\n"
        for c in cases
    )


def summary(splits: dict[str, list[dict]]) -> str:
    rows = defaultdict(Counter)
    for split, cs in splits.items():
        for c in cs:
            rows[c["relation"]][split] += 1
    lines = [f"{'relation':<20} {'fit':>4} {'eval':>5}"]
    for r in RELATIONS:
        lines.append(f"{r:<20} {rows[r]['fit']:>4} {rows[r]['eval']:>5}")
    lines.append(f"{'all':<20} {len(splits['fit']):>4} {len(splits['eval']):>5}")
    return "\n".join(lines)


def main() -> int:
    splits = build()
    check(splits)
    if "--check" in sys.argv:
        ok = all(
            (DATA / f"{s}.jsonl").read_text(encoding="utf-8") == dump(cs) for s, cs in splits.items()
        )
        print("committed files match" if ok else "mismatch")
        return 0 if ok else 1
    DATA.mkdir(exist_ok=True)
    for s, cs in splits.items():
        (DATA / f"{s}.jsonl").write_text(dump(cs), encoding="utf-8")
    print(summary(splits))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
