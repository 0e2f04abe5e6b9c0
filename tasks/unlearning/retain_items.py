"""Retain-set multiple-choice items: nearby biology and general science, not about infection.

Written for lm-eval-steered; nothing is copied from MMLU or any other data set. Each item is
``(subtopic, question, correct answer, distractor, distractor, distractor)``; ``build.py`` splits
them into ``retain_mc_eval`` / ``retain_mc_fit`` and shuffles the answer positions. The items stay
clear of pathogens, infection, immunity and vaccines, which belong to the forget topic.
"""

from __future__ import annotations

ITEMS: list[tuple[str, str, str, str, str, str]] = []


def q(subtopic: str, question: str, correct: str, *wrong: str) -> None:
    assert len(wrong) == 3, question
    ITEMS.append((subtopic, question, correct, *wrong))


# ----------------------------------------------------------------------------- human anatomy
S = "human_anatomy"
q(S, "How many bones are in the adult human skeleton?",
  "206", "106", "306", "56")
q(S, "What is the longest bone in the human body?",
  "The femur", "The stapes", "The radius", "The collarbone")
q(S, "Where in the body is the stapes, the smallest bone, found?",
  "In the middle ear", "In the big toe",
  "In the little finger", "In the tip of the nose")
q(S, "How many chambers does the human heart have?",
  "Four", "Two", "Three", "Six")
q(S, "What are the two upper chambers of the heart called?",
  "The atria", "The ventricles", "The valves", "The alveoli")
q(S, "What is the largest artery in the human body?",
  "The aorta", "The jugular", "The femoral vein", "The carotid vein")
q(S, "What are the blood vessels that carry blood away from the heart called?",
  "Arteries", "Veins", "Nerves", "Tendons")
q(S, "What are the tiniest blood vessels, where substances pass between blood and tissues, called?",
  "Capillaries", "Arteries",
  "Ligaments", "Bile ducts")
q(S, "What are the tiny air sacs in the lungs where oxygen enters the blood called?",
  "Alveoli", "Villi", "Nephrons", "Neurons")
q(S, "What is the windpipe also called?",
  "The trachea", "The esophagus", "The ureter", "The aorta")
q(S, "Which tube carries food from the mouth to the stomach?",
  "The esophagus", "The trachea", "The ureter", "The urethra")
q(S, "Which dome-shaped muscle below the lungs helps us breathe?",
  "The diaphragm", "The biceps", "The quadriceps", "The deltoid")
q(S, "Which organ produces bile?",
  "The liver", "The pancreas", "The kidney", "The bladder")
q(S, "Which small organ stores bile until it is needed?",
  "The gallbladder", "The appendix", "The thyroid", "The bladder")
q(S, "In which part of the digestive system are most nutrients absorbed into the blood?",
  "The small intestine", "The large intestine", "The esophagus", "The mouth")
q(S, "What are the finger-like projections lining the small intestine called?",
  "Villi", "Alveoli", "Nephrons", "Axons")
q(S, "Which organs filter the blood to make urine?",
  "The kidneys", "The lungs", "The heart", "The stomach")
q(S, "What are the tiny filtering units inside the kidneys called?",
  "Nephrons", "Neurons", "Alveoli", "Villi")
q(S, "Which tube carries urine from each kidney to the bladder?",
  "The ureter", "The aorta", "The trachea", "The esophagus")
q(S, "Which part of the brain controls balance and coordination?",
  "The cerebellum", "The cerebrum", "The pituitary", "The thalamus")
q(S, "What is the largest part of the human brain?",
  "The cerebrum", "The cerebellum", "The brain stem", "The pineal gland")
q(S, "Which part of the brain stem controls breathing and heartbeat?",
  "The medulla oblongata", "The cerebellum", "The frontal lobe", "The occipital lobe")
q(S, "What is the coloured part of the eye called?",
  "The iris", "The pupil", "The retina", "The lens")
q(S, "What is the light-sensitive layer at the back of the eye called?",
  "The retina", "The cornea", "The iris", "The eyelid")
q(S, "What are the bones that make up the spine called?",
  "Vertebrae", "Phalanges", "Ribs", "Carpals")
q(S, "What is the kneecap also called?",
  "The patella", "The tibia", "The scapula", "The sternum")
q(S, "What is the tough tissue that connects a muscle to a bone called?",
  "A tendon", "A nerve", "A vein", "An artery")
q(S, "What is the smooth, rubbery tissue that covers the ends of bones in joints called?",
  "Cartilage", "Tooth enamel",
  "Bone marrow", "Smooth muscle")
q(S, "What kind of joint is found in the shoulder and the hip?",
  "A ball-and-socket joint", "A simple hinge joint",
  "A fixed, immovable joint", "A saddle joint")
q(S, "What type of muscle makes up the walls of the heart?",
  "Cardiac muscle", "Skeletal muscle", "Voluntary muscle", "Facial muscle")
q(S, "How many pairs of ribs does a typical human have?",
  "12", "6", "20", "30")
q(S, "What is the largest muscle in the human body?",
  "The gluteus maximus", "The biceps brachii",
  "The heart muscle", "The eyelid muscle")
q(S, "What is the snail-shaped part of the inner ear that is used for hearing?",
  "The cochlea", "The retina", "The larynx", "The pharynx")
q(S, "Which gland in the neck makes hormones that control the body's metabolism?",
  "The thyroid", "The pancreas", "The adrenal gland", "The pineal gland")
q(S, "Which glands sit on top of the kidneys?",
  "The adrenal glands", "The salivary glands", "The sweat glands", "The tear glands")
q(S, "Which pea-sized gland at the base of the brain is often called the 'master gland'?",
  "The pituitary gland", "The thyroid gland", "The adrenal gland", "The sweat gland")
q(S, "How many teeth does a typical adult human have?",
  "32", "20", "44", "12")
q(S, "What is the hardest substance in the human body?",
  "Tooth enamel", "Thigh bone",
  "Cartilage", "Fingernail")
q(S, "Which bones form the protective case around the brain?",
  "The skull (cranium)", "The pelvis (hip bones)",
  "The ribs (rib cage)", "The femurs (thigh bones)")
q(S, "What is the voice box also called?",
  "The larynx", "The trachea", "The esophagus", "The cochlea")
q(S, "What is the soft tissue inside many bones, where red blood cells are made, called?",
  "Bone marrow", "Cartilage",
  "Tooth enamel", "Tendon tissue")
q(S, "Which part of the eye changes shape to focus light?",
  "The lens", "The iris", "The eyelash", "The tear duct")

# ----------------------------------------------------------------------------- human physiology
S = "human_physiology"
q(S, "Which protein in red blood cells carries oxygen?",
  "Hemoglobin", "Keratin", "Collagen", "Insulin")
q(S, "Which gas do we breathe out as a waste product?",
  "Carbon dioxide", "Pure oxygen",
  "Helium gas", "Neon gas")
q(S, "What is normal human body temperature, approximately?",
  "37 degrees Celsius", "27 degrees Celsius", "47 degrees Celsius", "17 degrees Celsius")
q(S, "What is a typical resting heart rate for an adult?",
  "60 to 100 beats per minute", "5 to 10 beats per minute",
  "200 to 300 beats per minute", "1,000 beats per minute")
q(S, "Which hormone lowers the level of sugar in the blood?",
  "Insulin", "Adrenaline", "Melatonin", "Testosterone")
q(S, "Which hormone prepares the body for 'fight or flight'?",
  "Adrenaline", "Insulin", "Melatonin", "Estrogen")
q(S, "Which hormone helps control the sleep cycle?",
  "Melatonin", "Insulin", "Adrenaline", "Testosterone")
q(S, "Which enzyme in saliva starts breaking down starch?",
  "Amylase", "Pepsin", "Lipase", "Trypsin")
q(S, "Which enzyme in the stomach starts the digestion of proteins?",
  "Pepsin", "Amylase", "Lactase", "Maltase")
q(S, "Which acid is produced in the stomach?",
  "Hydrochloric acid", "Sulfuric acid", "Citric acid", "Acetic acid")
q(S, "What are the wave-like muscle contractions that push food through the gut called?",
  "Peristalsis", "Photosynthesis", "Osmosis", "Respiration")
q(S, "Which type of nutrient is the body's main source of quick energy?",
  "Carbohydrates", "Minerals",
  "Vitamins", "Dietary fibre")
q(S, "Which nutrient is most important for building and repairing muscles?",
  "Protein", "Sugar", "Salt", "Fibre")
q(S, "Which vitamin does the skin make when exposed to sunlight?",
  "Vitamin D", "Vitamin C", "Vitamin B12", "Vitamin K")
q(S, "A long-term lack of vitamin C causes which disease?",
  "Scurvy", "Rickets", "Anemia", "Goitre")
q(S, "Which mineral is most needed for strong bones and teeth?",
  "Calcium", "Sodium", "Iodine", "Zinc")
q(S, "Which mineral does the body need to make hemoglobin?",
  "Iron", "Calcium", "Iodine", "Potassium")
q(S, "Which blood type is known as the universal donor for red blood cells?",
  "O negative", "AB positive", "A positive", "B negative")
q(S, "What is the pale yellow liquid part of the blood called?",
  "Plasma", "Bile", "Lymph", "Saliva")
q(S, "Which small cell fragments in blood help it to clot?",
  "Platelets", "Red blood cells", "Neurons", "Hormones")
q(S, "Which chamber of the heart pumps oxygen-rich blood out to the whole body?",
  "The left ventricle", "The right atrium", "The right ventricle", "The left atrium")
q(S, "What is the small gap across which a signal passes from one nerve cell to the next called?",
  "A synapse", "A nephron", "A villus", "An alveolus")
q(S, "What are the chemicals that carry signals between nerve cells called?",
  "Neurotransmitters", "Digestive enzymes",
  "Antacids", "Plant pigments")
q(S, "What is a fast, automatic response, like pulling your hand away from a hot stove, called?",
  "A reflex", "A habit", "A hormone", "A memory")
q(S, "How does sweating help the body?",
  "It cools the body as the sweat evaporates", "It warms the body in cold weather",
  "It helps the stomach digest food", "It makes the bones stronger")
q(S, "What is the body's ability to keep a stable internal environment called?",
  "Homeostasis", "Metabolism", "Photosynthesis", "Peristalsis")
q(S, "Which waste substance, made from the breakdown of proteins, is removed in urine?",
  "Urea", "Glucose", "Oxygen", "Starch")
q(S, "The biceps muscle works in a pair with which other muscle to move the arm?",
  "The triceps", "The hamstring", "The diaphragm", "The calf muscle")
q(S, "Which organs in the female body produce egg cells?",
  "The ovaries", "The kidneys", "The lungs", "The adrenal glands")
q(S, "About how long does a typical human pregnancy last?",
  "About nine months", "About three months", "About eighteen months", "About three weeks")
q(S, "Which organ supplies a developing fetus with food and oxygen?",
  "The placenta", "The appendix", "The gallbladder", "The spleen")
q(S, "Which cells in the retina let us see colours?",
  "Cones", "Rods", "Neurons of the ear", "Taste buds")
q(S, "What is the normal breathing rate of a resting adult?",
  "About 12 to 20 breaths per minute", "About 1 breath per minute",
  "About 100 breaths per minute", "About 500 breaths per minute")
q(S, "When muscles work hard without enough oxygen, which substance builds up in them?",
  "Lactic acid", "Chlorophyll", "Starch", "Cellulose")
q(S, "What is the main male sex hormone?",
  "Testosterone", "Estrogen",
  "Progesterone", "Melatonin")
q(S, "About what percentage of an adult's body weight is water?",
  "About 60 percent", "About 5 percent", "About 20 percent", "About 95 percent")
q(S, "In which stage of sleep does most vivid dreaming happen?",
  "REM sleep", "Light dozing", "Deep wave sleep", "Waking rest")
q(S, "What does blood pressure measure?",
  "The force of blood pushing against artery walls", "The number of red blood cells in a drop",
  "The amount of sugar in the blood", "The temperature of the blood")
q(S, "Which organ makes the hormone insulin?",
  "The pancreas", "The liver", "The lungs", "The bladder")
q(S, "Which organ of the body uses the most energy for its size, about a fifth of the body's total?",
  "The brain", "The skin", "The bladder", "The gallbladder")

# ----------------------------------------------------------------------------- plants
S = "plants"
q(S, "What is the process by which plants make food from sunlight called?",
  "Photosynthesis", "Respiration", "Digestion", "Transpiration")
q(S, "What is the green pigment in plants that absorbs light called?",
  "Chlorophyll", "Hemoglobin", "Melanin", "Keratin")
q(S, "In which organelles does photosynthesis take place?",
  "Chloroplasts", "Mitochondria", "Nuclei", "Ribosomes")
q(S, "Which gas do plants take in from the air to make food?",
  "Carbon dioxide", "Oxygen", "Nitrogen", "Helium")
q(S, "Which gas do plants give off during photosynthesis?",
  "Oxygen", "Carbon dioxide", "Methane", "Chlorine")
q(S, "Which sugar do plants make during photosynthesis?",
  "Glucose", "Lactose", "Aspartame", "Saccharin")
q(S, "What are the tiny pores on the underside of leaves called?",
  "Stomata", "Alveoli", "Villi", "Nephrons")
q(S, "What are the cells that open and close the pores of a leaf called?",
  "Guard cells", "Root cells", "Pollen cells", "Bark cells")
q(S, "What is the loss of water vapour from a plant's leaves called?",
  "Transpiration", "Photosynthesis", "Germination", "Pollination")
q(S, "Which tissue carries water from a plant's roots up to its leaves?",
  "Xylem", "Phloem", "Cortex", "Epidermis")
q(S, "What is the main job of root hairs?",
  "To absorb water and minerals from the soil", "To make seeds for the plant",
  "To attract insects for pollination", "To store sunlight for the night")
q(S, "What is the growth of a plant towards light called?",
  "Phototropism", "Gravitropism", "Photosynthesis", "Germination")
q(S, "Which plant hormone makes shoots bend towards light?",
  "Auxin", "Insulin", "Adrenaline", "Melatonin")
q(S, "Which gas acts as a plant hormone that helps fruit ripen?",
  "Ethylene", "Oxygen",
  "Helium", "Chlorine")
q(S, "Which part of a flower's stamen produces pollen?",
  "The anther", "The stigma", "The ovary", "The sepal")
q(S, "What is the transfer of pollen from one flower to another called?",
  "Pollination", "Germination", "Photosynthesis", "Transpiration")
q(S, "After fertilisation, which part of a flower develops into the fruit?",
  "The ovary", "The petal", "The anther", "The sepal")
q(S, "What does a seed usually need in order to germinate?",
  "Water, warmth and oxygen", "Salt, darkness and sand", "Only bright sunlight",
  "Freezing temperatures")
q(S, "What are the first leaves that form inside a seed called?",
  "Cotyledons", "Stomata", "Sepals", "Petioles")
q(S, "What are plants that complete their life cycle in one growing season called?",
  "Annuals", "Perennials", "Biennials", "Evergreens")
q(S, "What are trees that lose all their leaves in autumn called?",
  "Deciduous", "Evergreen", "Coniferous", "Tropical")
q(S, "Which group of plants produces seeds in cones instead of flowers?",
  "Conifers", "Grasses", "Roses", "Sunflowers")
q(S, "Which plants reproduce using spores instead of seeds?",
  "Ferns", "Apple trees", "Sunflowers", "Wheat plants")
q(S, "What are plant cell walls mainly made of?",
  "Cellulose", "Chitin", "Keratin", "Calcium")
q(S, "Why do many leaves change colour in autumn?",
  "Chlorophyll breaks down, revealing other pigments", "The leaves soak up more rainwater",
  "Insects paint the leaves at night", "The sun bleaches them yellow and red")
q(S, "Which carnivorous plant snaps its leaves shut to catch insects?",
  "The Venus flytrap", "The sunflower", "The cactus", "The dandelion")
q(S, "Which type of tree includes the tallest trees in the world?",
  "Coast redwoods", "Apple trees", "Palm trees", "Willow trees")
q(S, "How can you estimate the age of a tree that has been cut down?",
  "By counting its growth rings", "By counting its leaves",
  "By measuring its roots", "By weighing its seeds")
q(S, "The spines of a cactus are modified forms of which plant part?",
  "Leaves", "Flowers", "Roots", "Seeds")
q(S, "A potato is a swollen underground part of which plant organ?",
  "The stem", "The flower", "The leaf", "The seed")
q(S, "The three main nutrients in most garden fertilisers are nitrogen, phosphorus and which other?",
  "Potassium", "Calcium",
  "Magnesium", "Sodium")
q(S, "What are plants such as cacti that store water in thick, fleshy parts called?",
  "Succulents", "Mosses",
  "Tree ferns", "Grasses")
q(S, "Which insects are among the most important pollinators of crops?",
  "Bees", "Ants", "Termites", "Fleas")
q(S, "When do plants carry out respiration?",
  "All the time, day and night", "Only at night, in darkness",
  "Only in bright sunlight", "Never, only animals do")
q(S, "What is the spreading of seeds away from the parent plant called?",
  "Seed dispersal", "Pollination", "Transpiration", "Photosynthesis")
q(S, "How are dandelion seeds mainly spread?",
  "By the wind", "By fish", "By digging worms", "By rolling downhill")
q(S, "What are the long horizontal stems that strawberry plants use to spread called?",
  "Runners", "Tendrils", "Thorns", "Bulbs")
q(S, "Which part of a plant usually carries out most of its photosynthesis?",
  "The leaves", "The roots", "The seeds", "The bark")
q(S, "What is the sticky top of a flower's pistil, where pollen lands, called?",
  "The stigma", "The anther", "The petal", "The root")
q(S, "Why do plant shoots grow upward while roots grow downward?",
  "They respond to gravity", "They respond to magnets", "They follow the moon", "They avoid sound")
q(S, "What are the brightly coloured parts of many flowers that attract pollinators called?",
  "Petals", "Roots", "Stomata", "Cotyledons")

# ----------------------------------------------------------------------------- ecology
S = "ecology"
q(S, "What is an organism that makes its own food, such as a green plant, called in a food chain?",
  "A producer", "A consumer", "A predator", "A scavenger")
q(S, "What is an animal that eats only plants called?",
  "A herbivore", "A carnivore", "An omnivore", "A predator")
q(S, "What is an animal that eats both plants and animals called?",
  "An omnivore", "A herbivore", "A producer", "A decomposer")
q(S, "What are organisms that break down dead plants and animals, such as earthworms and mushrooms, called?",
  "Decomposers", "Producers", "Predators", "Pollinators")
q(S, "What is a diagram of many connected food chains in an ecosystem called?",
  "A food web", "A family tree", "A water cycle", "A climate map")
q(S, "What is each feeding level in a food chain called?",
  "A trophic level", "A climate zone",
  "A niche", "A habitat")
q(S, "Roughly what share of the energy at one level of a food chain passes to the next level?",
  "About 10 percent", "About 90 percent", "About 50 percent", "All of it")
q(S, "What is the natural home or environment of an organism called?",
  "Its habitat", "Its genome", "Its niche number", "Its biome code")
q(S, "What is the role an organism plays in its ecosystem called?",
  "Its niche", "Its habitat", "Its phylum", "Its genotype")
q(S, "What is a community of living things together with their physical environment called?",
  "An ecosystem", "A population", "A species", "An organ")
q(S, "What is a group of individuals of the same species living in the same area called?",
  "A population", "An ecosystem", "A biome", "A phylum")
q(S, "What is a large region with a characteristic climate and plant life, such as tundra or desert, called?",
  "A biome", "A cell", "A genome", "A niche")
q(S, "Which biome has the greatest variety of species?",
  "Tropical rainforest", "Arctic tundra",
  "Hot desert", "Polar ice cap")
q(S, "Which cold, treeless biome has permanently frozen ground beneath the surface?",
  "Tundra", "Savanna", "Rainforest", "Grassland")
q(S, "What is a relationship in which two different species both benefit called?",
  "Mutualism", "Competition", "Predation", "Commensalism")
q(S, "What is a relationship in which one species benefits and the other is unaffected called?",
  "Commensalism", "Mutualism", "Predation", "Competition")
q(S, "What is an animal that hunts and eats other animals called?",
  "A predator", "A producer", "A herbivore", "A decomposer")
q(S, "What is the largest population that an environment can support over time called?",
  "Its carrying capacity", "Its trophic level", "Its biomass ratio", "Its food chain")
q(S, "What is a species that has a very large effect on its ecosystem relative to its numbers, such as the sea otter, called?",
  "A keystone species", "An invasive species", "An extinct species", "A pioneer species")
q(S, "What are the first organisms to colonise bare rock, such as lichens, called?",
  "Pioneer species", "Apex predators", "Keystone species", "Invasive species")
q(S, "What is the gradual change in the species of a community over time called?",
  "Ecological succession", "Photosynthesis",
  "Animal migration", "Winter hibernation")
q(S, "Which gas released by burning fossil fuels is the main driver of recent global warming?",
  "Carbon dioxide", "Oxygen", "Helium", "Argon")
q(S, "What does the ozone layer protect living things from?",
  "Ultraviolet radiation", "Earthquakes and volcanoes",
  "Meteor showers", "Large ocean waves")
q(S, "What is it called when extra nutrients in water cause algae to grow out of control and oxygen to run low?",
  "Eutrophication", "Evaporation", "Erosion", "Sedimentation")
q(S, "What is the variety of life in a particular area called?",
  "Biodiversity", "Biomass", "Biosphere", "Biochemistry")
q(S, "What is a species that no longer has any living members called?",
  "Extinct", "Endangered", "Invasive", "Dormant")
q(S, "In the water cycle, what is it called when water vapour cools and forms clouds?",
  "Condensation", "Evaporation", "Precipitation", "Infiltration")
q(S, "What are animals that are active mainly at night called?",
  "Nocturnal", "Diurnal", "Aquatic", "Arboreal")
q(S, "What is the seasonal movement of animals from one region to another called?",
  "Migration", "Hibernation", "Pollination", "Succession")
q(S, "What is the deep, sleep-like state some animals enter to survive the winter called?",
  "Hibernation", "Migration", "Metamorphosis", "Photosynthesis")
q(S, "What is an animal's ability to blend in with its surroundings called?",
  "Camouflage", "Migration", "Mimicry of sound", "Hibernation")
q(S, "What is a non-native species that spreads quickly and harms its new ecosystem called?",
  "An invasive species", "A keystone species", "A pioneer species", "An endemic species")
q(S, "What is a predator at the very top of a food chain, with no natural predators, called?",
  "An apex predator", "A primary consumer", "A producer", "A decomposer")
q(S, "Coral reefs are built by colonies of which tiny animals?",
  "Coral polyps", "Sea urchins", "Starfish", "Jellyfish")
q(S, "Which pollutants mainly cause acid rain?",
  "Sulfur dioxide and nitrogen oxides", "Oxygen and helium gases",
  "Water vapour and neon", "Sea salt and sand dust")
q(S, "What is the build-up of a toxic substance at higher levels of a food chain called?",
  "Biomagnification", "Photosynthesis", "Succession", "Germination")
q(S, "About how much rain does a desert receive in a year?",
  "Less than about 250 millimetres", "More than about 5 metres",
  "Around 2 metres or more", "Exactly 1 metre every year")
q(S, "What is the main harm to wildlife caused by clearing forests?",
  "Loss of habitat", "More oxygen", "Cooler oceans", "Stronger earthquakes")
q(S, "What is competition between members of the same species for food or mates called?",
  "Intraspecific competition", "Interspecific competition",
  "Mutualism", "Commensalism")
q(S, "What is the total mass of living organisms in an area called?",
  "Biomass", "Biodiversity", "Biome", "Biosphere")
q(S, "What do we call the part of the Earth where life exists, including land, water and air?",
  "The biosphere", "The stratosphere", "The core", "The mantle")

# ----------------------------------------------------------------------------- genetics
S = "genetics"
q(S, "What does DNA stand for?",
  "Deoxyribonucleic acid", "Dinitrogen acid", "Deoxyribose nitrate", "Dual nucleic amine")
q(S, "What shape is a DNA molecule?",
  "A double helix", "A single circle", "A flat square", "A pyramid")
q(S, "Which two scientists described the double-helix structure of DNA in 1953?",
  "James Watson and Francis Crick", "Isaac Newton and Robert Hooke",
  "Charles Darwin and Alfred Wallace", "Marie and Pierre Curie")
q(S, "Whose X-ray images of DNA were key to discovering its structure?",
  "Rosalind Franklin", "Florence Nightingale", "Ada Lovelace", "Jane Goodall")
q(S, "In DNA, which base pairs with adenine?",
  "Thymine", "Guanine", "Cytosine", "Uracil")
q(S, "Which base in RNA takes the place of thymine?",
  "Uracil", "Adenine", "Guanine", "Cytosine")
q(S, "How many chromosomes are in a typical human body cell?",
  "46", "23", "12", "92")
q(S, "Which sex chromosomes does a typical human male have?",
  "XY", "XX", "YY", "XO")
q(S, "Who is known as the father of genetics?",
  "Gregor Mendel", "Albert Einstein", "Isaac Newton", "Galileo Galilei")
q(S, "Which plants did Gregor Mendel use in his famous experiments on inheritance?",
  "Pea plants", "Oak trees",
  "Rose bushes", "Cactus plants")
q(S, "What are different versions of the same gene called?",
  "Alleles", "Enzymes", "Organelles", "Hormones")
q(S, "What is an allele that shows its effect even when only one copy is present called?",
  "Dominant", "Recessive", "Extinct", "Neutral")
q(S, "What are the observable traits of an organism, such as eye colour, called?",
  "Its phenotype", "Its genome size", "Its habitat", "Its niche")
q(S, "What is an individual with two identical alleles for a gene called?",
  "Homozygous", "Heterozygous", "Hybrid", "Haploid")
q(S, "When two plants that each carry one dominant and one recessive allele are crossed, what ratio of dominant to recessive traits is expected in the offspring?",
  "3 to 1", "1 to 1", "2 to 1", "4 to 0")
q(S, "What is a Punnett square used for?",
  "Predicting the genotypes of offspring", "Measuring plant growth",
  "Counting chromosomes under a microscope", "Mapping ocean currents")
q(S, "Which type of cell division produces sex cells such as sperm and eggs?",
  "Meiosis", "Mitosis", "Binary fission", "Budding")
q(S, "What is a gene?",
  "A section of DNA coding for a trait", "A type of sugar in cells",
  "A kind of red blood cell", "A small organ in the body")
q(S, "In which year was the Human Genome Project declared complete?",
  "2003", "1953", "1903", "2023")
q(S, "How many DNA bases make up one codon, which codes for one amino acid?",
  "Three", "One", "Two", "Ten")
q(S, "Down syndrome is caused by an extra copy of which chromosome?",
  "Chromosome 21", "Chromosome 1", "The Y chromosome", "Chromosome 5")
q(S, "Sickle-cell anemia changes the shape of which cells?",
  "Red blood cells", "Nerve cells", "Skin cells", "Muscle cells")
q(S, "Why is red-green colour blindness more common in men than in women?",
  "The gene is on the X chromosome, and men have only one X", "Men have smaller eyes than women",
  "Women see only in black and white", "The gene is on the Y chromosome")
q(S, "Hemophilia is an inherited disorder in which what happens?",
  "The blood does not clot properly", "The bones grow too long",
  "The skin turns blue", "The hair does not grow")
q(S, "How do identical twins form?",
  "From one fertilised egg that splits in two", "From two eggs fertilised at once",
  "From two different mothers", "From a single sperm cell alone")
q(S, "Who proposed the theory of evolution by natural selection in 'On the Origin of Species'?",
  "Charles Darwin", "Gregor Mendel", "Louis Pasteur", "Isaac Newton")
q(S, "On which ship did Charles Darwin make his famous voyage?",
  "HMS Beagle", "The Titanic", "The Mayflower", "HMS Victory")
q(S, "Darwin studied the different beaks of finches on which islands?",
  "The Galapagos Islands", "The Hawaiian Islands", "The British Isles", "The Canary Islands")
q(S, "What are the preserved remains or traces of ancient organisms in rock called?",
  "Fossils", "Minerals", "Crystals", "Magma")
q(S, "What is it called when humans choose which animals or plants breed to get desired traits?",
  "Selective breeding", "Natural selection", "Photosynthesis", "Migration")
q(S, "What is CRISPR mainly used for?",
  "Editing genes", "Measuring temperature", "Dating rocks", "Launching satellites")
q(S, "What was Dolly the sheep, born in 1996, famous for being?",
  "The first mammal cloned from an adult cell", "The largest sheep ever recorded",
  "The first sheep sent into space", "The oldest sheep that ever lived")
q(S, "Besides the nucleus, which organelle in human cells contains its own DNA?",
  "The mitochondrion", "The ribosome", "The Golgi apparatus", "The lysosome")
q(S, "What is copying the information in a gene's DNA into RNA called?",
  "Transcription", "Translation", "Replication of cells", "Pollination")
q(S, "Which of these human traits is inherited from parents?",
  "Natural eye colour", "A scar from a fall", "A suntan", "A broken arm")
q(S, "In humans, which parent's sex cell decides whether a baby is a boy or a girl?",
  "The father's sperm", "The mother's egg", "Both equally at random", "Neither; the weather does")
q(S, "What are the long, thread-like structures of DNA and protein found in the nucleus called?",
  "Chromosomes", "Ribosomes", "Vacuoles", "Centrioles")
q(S, "What is an organism whose DNA has been changed in a laboratory called?",
  "A genetically modified organism", "A naturally occurring hybrid",
  "A living fossil species", "A pioneer species")

# ----------------------------------------------------------------------------- cell biology
S = "cell_biology"
q(S, "What is the basic unit of all living things?",
  "The cell", "The atom", "The organ", "The tissue")
q(S, "Who first used the word 'cell' after looking at thin slices of cork?",
  "Robert Hooke", "Isaac Newton", "Gregor Mendel", "Charles Darwin")
q(S, "Which organelle is often called the powerhouse of the cell?",
  "The mitochondrion", "The nucleus", "The vacuole", "The cell wall")
q(S, "Which organelle contains most of a cell's DNA and controls its activities?",
  "The nucleus", "The ribosome", "The vacuole", "The lysosome")
q(S, "What is the main job of the cell membrane?",
  "Controlling what enters and leaves the cell", "Making sugar from sunlight energy",
  "Storing all of the cell's DNA", "Producing pollen for flowers")
q(S, "Which structure is found in plant cells but not in animal cells?",
  "A cell wall", "A nucleus", "Mitochondria", "A cell membrane")
q(S, "What is the jelly-like substance that fills a cell, around the organelles, called?",
  "Cytoplasm", "Blood plasma",
  "Bile", "Mucus")
q(S, "Which organelle packages and ships proteins to where they are needed?",
  "The Golgi apparatus", "The nucleus", "The chloroplast", "The cell wall")
q(S, "Which organelles contain digestive enzymes that break down worn-out cell parts?",
  "Lysosomes", "Chloroplasts", "Centrioles", "Nucleoli")
q(S, "What is the network of membranes that makes and transports proteins and lipids inside a cell called?",
  "The endoplasmic reticulum", "The rigid cell wall",
  "The dense nucleolus", "The cytoskeleton")
q(S, "What is the movement of particles from an area of high concentration to low concentration called?",
  "Diffusion", "Active transport", "Photosynthesis", "Respiration")
q(S, "What is the movement of water across a partially permeable membrane called?",
  "Osmosis", "Diffusion of gas", "Transpiration", "Condensation")
q(S, "What does active transport need that diffusion does not?",
  "Energy from the cell", "Direct sunlight",
  "A rigid cell wall", "A magnetic field")
q(S, "Which molecule is the main energy currency of the cell?",
  "ATP", "DNA", "RNA", "Starch")
q(S, "Cellular respiration releases energy from glucose using which gas?",
  "Oxygen", "Nitrogen", "Helium", "Argon")
q(S, "What does mitosis produce?",
  "Two identical daughter cells", "Four different sex cells",
  "One single larger cell", "A seed and a fruit")
q(S, "What is the correct order of the stages of mitosis?",
  "Prophase, metaphase, anaphase, telophase", "Telophase, anaphase, metaphase, prophase",
  "Anaphase, prophase, telophase, metaphase", "Metaphase, telophase, prophase, anaphase")
q(S, "What are unspecialised cells that can develop into many different cell types called?",
  "Stem cells", "Red blood cells", "Nerve cells", "Guard cells")
q(S, "What is a group of similar cells working together to do a job called?",
  "A tissue", "An organism", "An organelle", "A population")
q(S, "Which list shows the levels of organisation in the body from smallest to largest?",
  "Cells, tissues, organs, organ systems", "Organs, cells, tissues, organ systems",
  "Tissues, organ systems, cells, organs", "Organ systems, organs, tissues, cells")
q(S, "What are enzymes?",
  "Proteins that speed up reactions", "Types of fat stored in cells",
  "Minerals found in bones", "Kinds of sugar in fruit")
q(S, "What usually happens to an enzyme at very high temperatures?",
  "It is denatured and stops working", "It works a thousand times faster",
  "It turns into DNA", "It becomes a cell")
q(S, "Which model describes an enzyme fitting its substrate like a key in a lock?",
  "The lock-and-key model", "The Big Bang model", "The water cycle model", "The food web model")
q(S, "What is the cell membrane mainly made of?",
  "A double layer of phospholipids", "Tough cellulose fibres",
  "A thin layer of bone", "Packed starch grains")
q(S, "Which structure do mature human red blood cells lack?",
  "A nucleus", "A cell membrane", "Cytoplasm", "Hemoglobin")
q(S, "What is the largest cell in the human body?",
  "The egg cell (ovum)", "The red blood cell", "The sperm cell", "The platelet")
q(S, "What is the process of programmed cell death called?",
  "Apoptosis", "Osmosis", "Mitosis", "Photosynthesis")
q(S, "Cancer is a disease in which cells do what?",
  "Divide uncontrollably", "Stop using oxygen", "Turn into plants", "Shrink and vanish")
q(S, "What is the network of protein fibres that gives a cell its shape called?",
  "The cytoskeleton", "The cell wall", "The nucleolus", "The vacuole")
q(S, "About how many cells are in an adult human body?",
  "Tens of trillions", "A few hundred", "About a million", "Exactly one billion")
q(S, "What is the large, fluid-filled sac that stores water in a plant cell called?",
  "The central vacuole", "The nucleus", "The ribosome", "The mitochondrion")
q(S, "What is a plant cell that is swollen and firm with water described as?",
  "Turgid", "Wilted", "Frozen", "Dormant")
q(S, "What is the division of the cytoplasm at the end of cell division called?",
  "Cytokinesis", "Photosynthesis", "Transcription", "Germination")
q(S, "Why are most cells very small?",
  "Small cells have more surface per volume", "Small cells are easier for us to see",
  "Large cells cannot hold any water", "Cells shrink when exposed to sunlight")
q(S, "What is the process in which a ribosome builds a protein from an mRNA message called?",
  "Translation", "Transcription", "Photosynthesis", "Fermentation")
q(S, "What are the building blocks of proteins?",
  "Amino acids", "Fatty acids", "Nucleotides", "Simple sugars")
q(S, "Which organelle in animal cells helps organise the spindle during cell division?",
  "The centriole", "The chloroplast", "The cell wall", "The central vacuole")
q(S, "Which kind of cell carries electrical signals around the body?",
  "A nerve cell (neuron)", "A fat cell (adipocyte)",
  "A bone cell (osteocyte)", "A skin cell (keratinocyte)")
q(S, "What kind of microscope is used in most school biology lessons to look at cells?",
  "A light microscope", "A radio telescope", "A periscope", "A stethoscope")

# ----------------------------------------------------------------------------- chemistry
S = "chemistry"
q(S, "What is the chemical symbol for sodium?",
  "Na", "So", "Sd", "S")
q(S, "What is the chemical symbol for iron?",
  "Fe", "Ir", "In", "I")
q(S, "What is the chemical formula for water?",
  "H2O", "CO2", "NaCl", "O2")
q(S, "What is the chemical name for table salt?",
  "Sodium chloride", "Calcium carbonate", "Potassium nitrate", "Magnesium oxide")
q(S, "What is the pH of pure water?",
  "7", "0", "14", "3")
q(S, "What range of pH values do acids have?",
  "Below 7", "Exactly 7", "Above 7", "Above 14")
q(S, "Which gas makes up most of the Earth's atmosphere?",
  "Nitrogen", "Oxygen", "Carbon dioxide", "Hydrogen")
q(S, "What does the atomic number of an element tell you?",
  "The number of protons in its nucleus", "Its total weight in grams",
  "Its boiling point in kelvin", "The number of bonds it forms")
q(S, "What is the lightest element?",
  "Hydrogen", "Helium", "Lithium", "Oxygen")
q(S, "What is the group of very unreactive gases that includes helium and neon called?",
  "The noble gases", "The alkali metals", "The halogens", "The transition metals")
q(S, "Who created the first widely used periodic table of the elements?",
  "Dmitri Mendeleev", "Isaac Newton", "Charles Darwin", "Albert Einstein")
q(S, "Which particles in an atom have a negative charge?",
  "Electrons", "Protons", "Neutrons", "Nuclei")
q(S, "Which two particles are found in the nucleus of an atom?",
  "Protons and neutrons", "Electrons and protons", "Electrons and photons", "Neutrons and electrons")
q(S, "Isotopes of the same element differ in the number of which particle?",
  "Neutrons", "Protons", "Electrons in the nucleus", "Atoms")
q(S, "What is a chemical bond in which atoms share pairs of electrons called?",
  "A covalent bond", "An ionic bond", "A metallic bond", "A magnetic bond")
q(S, "What is the reaction between an acid and a base that forms a salt and water called?",
  "Neutralisation", "Combustion", "Fermentation", "Distillation")
q(S, "What happens chemically when iron rusts?",
  "The iron reacts with oxygen and water", "The iron slowly melts away",
  "The iron turns into gold", "The iron loses its protons")
q(S, "What is a catalyst?",
  "A substance that speeds up a reaction", "A type of strong acid",
  "A gas made when metals burn", "A unit of chemical energy")
q(S, "Which gas is given off when a metal such as zinc reacts with an acid?",
  "Hydrogen", "Oxygen", "Nitrogen", "Chlorine")
q(S, "What is a substance changing directly from a solid into a gas called?",
  "Sublimation", "Melting", "Condensation", "Freezing")
q(S, "Which gas turns limewater milky?",
  "Carbon dioxide", "Oxygen", "Hydrogen", "Nitrogen")
q(S, "Diamond and graphite are both made of which element?",
  "Carbon", "Silicon", "Iron", "Sulfur")
q(S, "What is a reaction that takes in heat from its surroundings called?",
  "Endothermic", "Exothermic", "Explosive", "Radioactive")
q(S, "Which group of metals, such as sodium and potassium, reacts vigorously with water?",
  "The alkali metals", "The noble gases", "The precious metals", "The halogens")
q(S, "What colour does blue litmus paper turn in an acid?",
  "Red", "Blue", "Green", "Black")
q(S, "What is the most abundant element in the Earth's crust?",
  "Oxygen", "Iron", "Gold", "Carbon")
q(S, "What is the chemical symbol for silver?",
  "Ag", "Si", "Sv", "Au")
q(S, "What are compounds made only of hydrogen and carbon called?",
  "Hydrocarbons", "Carbohydrates", "Alloys", "Salts")
q(S, "What is the chemical formula of methane?",
  "CH4", "H2O", "NH3", "CO2")
q(S, "Organic chemistry is mainly the study of compounds of which element?",
  "Carbon", "Helium", "Iron", "Neon")
q(S, "What is the chemical formula of ozone?",
  "O3", "O2", "H2O2", "CO")
q(S, "Which method separates a mixture of liquids with different boiling points?",
  "Distillation", "Filtration", "Magnetism", "Sieving")
q(S, "Which technique separates the different dyes in an ink on a strip of paper?",
  "Chromatography", "Distillation", "Electrolysis", "Combustion")
q(S, "What is the substance that dissolves in a solvent to make a solution called?",
  "The solute", "The solvent", "The precipitate", "The catalyst")
q(S, "Bronze is an alloy of copper and which other metal?",
  "Tin", "Iron", "Gold", "Aluminium")
q(S, "Which two gases are produced when water is split by electrolysis?",
  "Hydrogen and oxygen", "Nitrogen and helium", "Carbon dioxide and neon", "Chlorine and argon")
q(S, "What is the chemical name of baking soda?",
  "Sodium bicarbonate", "Sodium chloride", "Calcium carbonate", "Potassium nitrate")
q(S, "Which metal is a liquid at room temperature?",
  "Mercury", "Iron", "Copper", "Aluminium")
q(S, "What is the burning of a fuel in oxygen, releasing heat and light, called?",
  "Combustion", "Condensation", "Neutralisation", "Electrolysis")
q(S, "What is a substance made of only one type of atom called?",
  "An element", "A compound", "A mixture", "A solution")
q(S, "What is the chemical formula of carbon dioxide?",
  "CO2", "CO", "C2O", "CH4")

# ----------------------------------------------------------------------------- physics
S = "physics"
q(S, "What is the SI unit of force?",
  "The newton", "The joule", "The watt", "The pascal")
q(S, "What is the SI unit of energy?",
  "The joule", "The newton", "The volt", "The metre")
q(S, "What is the SI unit of power?",
  "The watt", "The ohm", "The kelvin", "The gram")
q(S, "What is the unit of electrical resistance?",
  "The ohm", "The volt", "The ampere", "The hertz")
q(S, "About how fast does light travel in a vacuum?",
  "About 300,000 kilometres per second", "About 300 kilometres per hour",
  "About 3 metres per second", "About the speed of sound")
q(S, "What is the acceleration due to gravity near the Earth's surface, approximately?",
  "9.8 metres per second squared", "98 metres per second squared",
  "0.98 metres per second squared", "1 metre per second squared")
q(S, "Newton's first law says that an object keeps moving at constant velocity unless what happens?",
  "A force acts on it", "It gets warmer", "It changes colour", "It gets older")
q(S, "Which equation expresses Newton's second law of motion?",
  "Force equals mass times acceleration", "Energy equals mass times speed",
  "Power equals force plus time", "Speed equals force times mass")
q(S, "What does Newton's third law of motion state?",
  "Every action has an equal and opposite reaction", "Energy is always lost when objects move",
  "Objects in space always fall upward", "Heat always flows from cold to hot")
q(S, "At what temperature does pure water boil at sea level?",
  "100 degrees Celsius", "50 degrees Celsius", "0 degrees Celsius", "212 degrees Celsius")
q(S, "Through which kind of material does sound usually travel fastest?",
  "Solids", "Gases", "A vacuum", "Smoke")
q(S, "Why can sound not travel through outer space?",
  "Space is a vacuum with no particles", "Space is much too cold for sound",
  "Space is too bright for sound", "Sound only travels downward")
q(S, "What is the unit of frequency?",
  "The hertz", "The newton", "The joule", "The watt")
q(S, "What is the bending of light as it passes from air into water called?",
  "Refraction", "Reflection", "Diffraction", "Absorption")
q(S, "What happens when white light passes through a glass prism?",
  "It splits into a spectrum of colours", "It turns completely black",
  "It becomes a sound wave", "It stops moving completely")
q(S, "Which colour of visible light has the longest wavelength?",
  "Red", "Violet", "Blue", "Green")
q(S, "What is the energy an object has because it is moving called?",
  "Kinetic energy", "Potential energy", "Chemical energy", "Nuclear energy")
q(S, "What is the energy stored in an object because of its height above the ground called?",
  "Gravitational potential energy", "Elastic potential energy",
  "Kinetic energy", "Electrical energy")
q(S, "What does the law of conservation of energy state?",
  "Energy is never created or destroyed", "Energy always increases over time",
  "Energy is destroyed by friction", "Energy only exists inside batteries")
q(S, "Ohm's law relates voltage, current and which other quantity?",
  "Resistance", "Temperature", "Mass", "Colour")
q(S, "What is the unit of electric current?",
  "The ampere", "The volt", "The ohm", "The joule")
q(S, "Which of these materials is a good conductor of electricity?",
  "Copper", "Rubber", "Glass", "Dry wood")
q(S, "What happens when the north pole of one magnet is brought near the south pole of another?",
  "They attract each other", "They repel each other", "Nothing happens", "Both magnets melt")
q(S, "What is the transfer of heat by the movement of a warm liquid or gas called?",
  "Convection", "Conduction", "Reflection", "Refraction")
q(S, "How does heat from the Sun reach the Earth through space?",
  "By radiation", "By conduction", "By convection", "By sound waves")
q(S, "How is density calculated?",
  "Mass divided by volume", "Volume divided by time", "Mass times speed", "Force divided by time")
q(S, "Why does ice float on water?",
  "Ice is less dense than liquid water", "Ice is heavier than water",
  "Ice contains air from the freezer only", "Water pushes down on ice")
q(S, "What is the SI unit of pressure?",
  "The pascal", "The watt", "The newton-metre", "The hertz")
q(S, "What does Einstein's equation E = mc squared describe?",
  "The equivalence of mass and energy", "The speed of sound in air",
  "The boiling point of water", "The pull between two magnets")
q(S, "Which scientist described the law of universal gravitation in the 1680s?",
  "Isaac Newton", "Charles Darwin", "Gregor Mendel", "Robert Hooke")
q(S, "Without air resistance, how do a heavy ball and a light ball fall when dropped together?",
  "They fall at the same rate", "The heavy ball falls much faster",
  "The light ball falls faster", "Neither falls")
q(S, "How is average speed calculated?",
  "Distance divided by time", "Time divided by distance", "Mass times distance", "Force times time")
q(S, "What is the height of a wave, measured from its rest position, called?",
  "The amplitude", "The frequency", "The wavelength", "The period")
q(S, "What is the time it takes for half of a radioactive sample to decay called?",
  "The half-life", "The full-life", "The decay year", "The lifetime speed")
q(S, "Which process powers the Sun?",
  "Nuclear fusion", "Burning coal", "Nuclear fission of uranium", "Chemical batteries")
q(S, "What is the force that opposes motion between two surfaces in contact called?",
  "Friction", "Gravity", "Magnetism", "Buoyancy")
q(S, "How does an astronaut's mass on the Moon compare with their mass on Earth?",
  "It stays the same", "It doubles", "It becomes zero", "It is six times larger")
q(S, "What is absolute zero, the lowest possible temperature, approximately in Celsius?",
  "Minus 273 degrees", "Minus 100 degrees", "0 degrees", "Minus 10 degrees")
q(S, "Which kind of electromagnetic radiation is used to take pictures of bones?",
  "X-rays", "Radio waves", "Visible light", "Infrared")
q(S, "What is the SI unit of temperature?",
  "The kelvin", "The newton", "The pascal", "The ampere")
