"""Retain-corpus passages: encyclopedic prose on nearby biology and general science.

Written for lm-eval-steered (nothing copied from Wikipedia, textbooks or any data set). Each entry
is ``(subtopic, text)``; ``build.py`` normalises whitespace and checks that each text has 60-150
words. The passages avoid pathogens, infection, immunity and vaccines (the forget topic).
"""

from __future__ import annotations

PASSAGES: list[tuple[str, str]] = []


def p(subtopic: str, text: str) -> None:
    PASSAGES.append((subtopic, text))


# ----------------------------------------------------------------------------- human anatomy
S = "human_anatomy"
p(S, """The adult human skeleton contains 206 bones, although a newborn baby has around 300,
many of which fuse together during growth. The skeleton supports the body, protects delicate organs
such as the brain, heart and lungs, and works with muscles to produce movement. Bones also store
calcium and phosphorus. The skeleton is often divided into the axial skeleton, made up of the
skull, spine and rib cage, and the appendicular skeleton, which includes the limbs and the girdles
that attach them.""")
p(S, """The femur, or thigh bone, is the longest and strongest bone in the body, running from the
hip to the knee. At the other extreme, the stapes, one of three tiny bones in the middle ear, is
only about three millimetres long. Together with the malleus and incus, the stapes passes sound
vibrations from the eardrum to the inner ear. Other notable bones include the patella, or kneecap,
which sits in a tendon in front of the knee, and the clavicle, or collarbone.""")
p(S, """The skull is made up of the cranium, which encloses and protects the brain, and the
facial bones, which shape the face and hold the teeth. In adults most skull bones are joined by
immovable seams called sutures; in infants these are still soft areas, allowing the head to pass
through the birth canal and the brain to grow. The only movable bone in the skull is the mandible,
or lower jaw, which hinges near the ears so we can chew and speak.""")
p(S, """The spine, or vertebral column, is a flexible stack of 33 small bones called vertebrae,
some of which fuse in adults to form the sacrum and coccyx. It supports the head and upper body and
surrounds the spinal cord. Between the vertebrae lie discs of tough cartilage with a jelly-like
centre that absorb shocks. The spine has gentle curves in the neck, chest and lower back. Twelve
pairs of ribs attach to the chest vertebrae and curve around to form the rib cage.""")
p(S, """Joints are places where two or more bones meet. Some, like the sutures of the skull, do
not move at all. Movable joints are lined with smooth cartilage and lubricated by synovial fluid.
Ball-and-socket joints at the shoulder and hip allow movement in almost every direction, while
hinge joints at the elbow and knee bend in one plane, like a door. Bones are held together at
joints by strong bands called ligaments, and muscles are attached to bones by tendons.""")
p(S, """The body contains three kinds of muscle tissue. Skeletal muscle is attached to bones and
moves them under conscious control; it looks striped under a microscope. Smooth muscle lines the
walls of hollow organs such as the stomach, intestines and blood vessels and works automatically.
Cardiac muscle, found only in the heart, contracts rhythmically throughout life without tiring.
The largest muscle is the gluteus maximus of the buttock, and the body has more than 600 skeletal
muscles in all.""")
p(S, """The human heart is a muscular pump about the size of a fist, sitting slightly left of
centre in the chest. It has four chambers: two upper atria, which receive blood, and two lower
ventricles, which pump it out. Valves between the chambers and at the exits keep blood flowing in
one direction, and their closing produces the familiar heartbeat sounds. The right side of the
heart sends blood to the lungs, while the more muscular left side pumps it to the rest of the
body.""")
p(S, """Blood travels through three main kinds of vessel. Arteries lead outward from the heart, carrying blood under high pressure, and have thick, elastic walls. The largest is the aorta, which leaves the
left ventricle and arches over the heart before running down through the chest and abdomen. Veins
return blood to the heart; they have thinner walls and valves that prevent backflow. Capillaries,
with walls only one cell thick, connect the two and allow oxygen, nutrients and wastes to pass
between blood and tissues.""")
p(S, """Air enters the body through the nose and mouth and passes down the pharynx, through the
larynx and into the trachea, or windpipe, a tube held open by C-shaped rings of cartilage. The
trachea divides into two bronchi, one for each lung, which branch again and again into smaller
bronchioles. These end in clusters of tiny air sacs called alveoli, surrounded by capillaries. The
lungs contain hundreds of millions of alveoli, giving a huge surface area for exchanging gases.""")
p(S, """Breathing is driven mainly by the diaphragm, a dome-shaped sheet of muscle beneath the
lungs. When it contracts it flattens, and the muscles between the ribs lift the rib cage up and
out. This enlarges the chest cavity, lowers the air pressure inside the lungs and draws air in.
When the diaphragm relaxes, the chest returns to its resting size and air is pushed out. Hiccups
are caused by sudden, involuntary contractions of the diaphragm.""")
p(S, """The digestive system is a long tube running from the mouth to the anus, together with
organs that add digestive juices. Food is chewed in the mouth, swallowed and carried down the
esophagus to the stomach, where it is churned and mixed with acid and enzymes. It then passes into
the small intestine, where most digestion and absorption take place, and finally into the large
intestine, which absorbs water and forms faeces. The whole journey typically takes one to three
days.""")
p(S, """The liver, the largest internal organ, sits in the upper right of the abdomen and
performs hundreds of tasks. It processes nutrients absorbed from the intestine, stores glycogen and
vitamins, breaks down old red blood cells and removes toxins and drugs from the blood. It also
produces bile, a greenish fluid that helps digest fats. Bile is stored and concentrated in the
gallbladder, a small pear-shaped sac beneath the liver, and released into the small intestine after
a meal.""")
p(S, """The small intestine is about six metres long and is divided into the duodenum, jejunum and
ileum. Its inner lining is folded and covered with millions of tiny finger-like projections called
villi, which themselves carry even smaller microvilli. This structure gives the small intestine an
enormous surface area for absorbing nutrients into the blood. The large intestine, or colon, is
wider but shorter, about one and a half metres long, and mainly absorbs water and salts.""")
p(S, """The two kidneys are bean-shaped organs about the size of a fist, located at the back of
the abdomen on either side of the spine. Each contains around a million filtering units called
nephrons. Blood passes through the nephrons, which remove waste and excess water and salts to make
urine while returning useful substances to the blood. Urine flows from each kidney down a tube
called a ureter to the bladder, where it is stored before leaving the body through the urethra.""")
p(S, """The brain has three main parts. The cerebrum, the largest, is divided into left and right
hemispheres and is responsible for thought, memory, language, voluntary movement and interpreting
the senses. The cerebellum, tucked beneath the back of the cerebrum, coordinates movement, balance
and posture. The brain stem connects the brain to the spinal cord; its lowest part, the medulla
oblongata, controls vital automatic functions such as breathing, heart rate and blood pressure.""")
p(S, """The eye works somewhat like a camera. Light enters through the cornea, a clear dome at the
front, and passes through the pupil, an opening in the coloured iris, which widens or narrows to
control how much light enters. The lens, which changes shape to focus on near or distant objects,
then projects an image onto the retina, a thin sheet of light-detecting cells lining the rear of the eyeball. The optic
nerve carries signals from the retina to the brain.""")
p(S, """The ear has three parts. The outer ear collects sound waves and funnels them to the
eardrum, a thin membrane that vibrates. In the middle ear three tiny bones, the malleus, incus and
stapes, amplify these vibrations and pass them to the inner ear. There the cochlea, a fluid-filled,
snail-shaped tube lined with sensitive hair cells, converts vibrations into nerve signals. The inner
ear also contains semicircular canals that detect head movements and help us keep our balance.""")
p(S, """Humans grow two sets of teeth. The twenty baby teeth begin to appear at around six months
and are replaced from about age six by permanent teeth; a full adult set has 32, including four
wisdom teeth. Incisors at the front cut food, pointed canines tear it, and premolars and molars
grind it. Each tooth is covered by enamel, the hardest substance in the body, over a layer of
dentine surrounding the pulp, which contains nerves and blood vessels.""")
p(S, """The endocrine system is made up of glands that release hormones into the blood. The
pituitary gland, about the size of a pea and hanging just beneath the brain, is nicknamed the master gland because it controls many other glands. The thyroid in the neck regulates the rate of
metabolism. The adrenal glands on top of the kidneys produce adrenaline and cortisol. The pancreas
releases insulin, and the ovaries and testes produce sex hormones.""")
p(S, """The larynx, or voice box, sits at the top of the trachea in the front of the neck. It
contains the vocal cords, two folds of tissue that vibrate as air from the lungs passes between
them, producing sound. Muscles change the tension of the cords to raise or lower the pitch, and the
throat, mouth and nose shape the sound into speech. In men the larynx grows larger at puberty and
forms the bulge known as the Adam's apple.""")
p(S, """Bone is a living tissue. Its hard outer layer, compact bone, surrounds a lighter spongy
bone with many small spaces. In the centre of long bones and within spongy bone lies bone marrow.
Red marrow produces red blood cells and platelets, while yellow marrow, which becomes more common
with age, stores fat. Bone is constantly broken down and rebuilt by specialised cells, which allows
it to repair fractures and to grow thicker in response to exercise.""")
p(S, """The spinal cord is a thick bundle of nerve tissue about 45 centimetres long that runs from
the brain stem down through a channel in the vertebrae. Together with the brain it forms the central
nervous system. Thirty-one pairs of spinal nerves branch from it to the rest of the body, carrying
sensory information inward and commands to muscles outward. These nerves and all the others outside
the brain and spinal cord make up the peripheral nervous system.""")

# ----------------------------------------------------------------------------- human physiology
S = "human_physiology"
p(S, """Red blood cells carry oxygen from the lungs to the tissues. Each is a flexible,
disc-shaped cell packed with hemoglobin, an iron-containing protein that binds oxygen where it is
plentiful and releases it where it is scarce. Hemoglobin also carries some carbon dioxide back to
the lungs. Red blood cells live about 120 days before being broken down in the liver and spleen,
and the bone marrow makes millions of new ones every second to replace them.""")
p(S, """Blood is made up of cells suspended in plasma, a pale yellow liquid that forms just over
half of its volume. Plasma is mostly water and carries dissolved nutrients, salts, hormones, waste
products and proteins. Red blood cells make up most of the rest. Platelets, small fragments of
larger cells, gather at a cut and, together with clotting proteins in the plasma, form a clot that
seals the wound. An adult has about five litres of blood.""")
p(S, """Human blood is classified into groups according to markers on the surface of red blood
cells. In the ABO system, a person may have type A, type B, type AB or type O blood, and the Rh
system adds positive or negative. Giving a transfusion of the wrong type can cause a dangerous
reaction, so blood is carefully matched. Type O negative red cells can be given to people of any
group in an emergency, which is why it is called the universal donor type.""")
p(S, """The heart and blood vessels form a double circulation. In the pulmonary circuit, the right
ventricle pumps blood low in oxygen to the lungs, where it picks up oxygen and releases carbon
dioxide. The oxygen-rich blood returns to the left atrium and passes to the left ventricle, which
pumps it through the aorta around the systemic circuit to all other organs. A resting adult heart
beats about 60 to 100 times a minute, pumping around five litres of blood each minute.""")
p(S, """Blood pressure is the force that circulating blood exerts on the walls of the arteries.
It is recorded as two numbers in millimetres of mercury: the systolic pressure, when the heart
contracts, and the diastolic pressure, when it relaxes between beats. A typical healthy reading is
about 120 over 80. Persistently high blood pressure strains the heart and blood vessels and raises
the risk of stroke and heart attack, while regular exercise and less salt help keep it down.""")
p(S, """Gas exchange takes place in the alveoli of the lungs. Oxygen in the inhaled air diffuses
across the thin walls of the alveoli into the surrounding capillaries, while carbon dioxide
diffuses from the blood into the alveoli to be breathed out. The air we exhale contains less
oxygen and about a hundred times more carbon dioxide than the air we inhale. A resting adult
breathes around 12 to 20 times a minute, and the rate rises during exercise.""")
p(S, """Digestion breaks food into molecules small enough to be absorbed. It begins in the mouth,
where chewing breaks food up and the enzyme amylase in saliva starts turning starch into sugar. In
the stomach, hydrochloric acid and the enzyme pepsin begin digesting proteins. In the small
intestine, enzymes from the pancreas and the intestinal lining finish breaking down carbohydrates,
proteins and fats, helped by bile, which breaks fat into small droplets. Waves of muscle
contraction called peristalsis move food along.""")
p(S, """A balanced diet supplies several kinds of nutrients. Carbohydrates, found in bread, rice
and fruit, supply most of the fast-release energy the body uses. Fats provide concentrated energy and help
absorb certain vitamins. Proteins, found in meat, fish, eggs, beans and dairy foods, supply the
amino acids needed to build and repair muscles and other tissues. Fibre helps the intestine work
smoothly, and water is essential for almost every process in the body.""")
p(S, """Vitamins and minerals are needed in small amounts for good health. Vitamin C, found in
citrus fruits and vegetables, helps build connective tissue; a long shortage causes scurvy, which
once plagued sailors on long voyages. Vitamin D, made in the skin in sunlight, helps the body absorb
calcium, and its lack causes rickets in children. Calcium builds bones and teeth, iron is needed to
make hemoglobin, and iodine is used by the thyroid gland.""")
p(S, """The level of glucose in the blood is kept within narrow limits by two hormones from the
pancreas. After a meal, when blood sugar rises, the pancreas releases insulin, which helps cells
take up glucose and causes the liver to store it as glycogen. When blood sugar falls, the pancreas
releases glucagon, which signals the liver to release glucose. In diabetes this control fails,
either because too little insulin is made or because cells stop responding to it.""")
p(S, """When a person faces danger or stress, the adrenal glands release the hormone adrenaline,
also called epinephrine. It prepares the body for fight or flight: the heart beats faster and more
strongly, breathing quickens, the pupils widen, blood is diverted to the muscles and stored glucose
is released for energy. The effects appear within seconds. A longer-lasting stress hormone,
cortisol, also from the adrenal glands, helps the body cope with prolonged strain.""")
p(S, """Homeostasis is the maintenance of a stable internal environment despite changes outside
the body. Body temperature, blood sugar, water balance and blood pH are all kept within narrow
ranges. Most control works by negative feedback: when a value moves away from its set point,
sensors detect the change and the body responds to reverse it. Human core body temperature is kept
close to 37 degrees Celsius; when we overheat we sweat and blood vessels in the skin widen, and
when we are cold we shiver.""")
p(S, """The kidneys regulate the amount of water and salts in the body as well as removing
wastes. Urea, produced in the liver from the breakdown of excess amino acids, is filtered out of
the blood and leaves in urine. When the body is short of water, the pituitary gland releases
antidiuretic hormone, which makes the kidneys return more water to the blood, producing a small
amount of concentrated urine. Water makes up about 60 percent of an adult's body weight.""")
p(S, """Nerve cells, or neurons, carry information as electrical impulses that travel along long
fibres called axons at speeds of up to about 100 metres per second. Where one neuron meets another
there is a tiny gap called a synapse. When an impulse reaches the end of an axon, it triggers the
release of chemical messengers called neurotransmitters, which cross the gap and bind to the next
cell, passing the signal on. Examples of neurotransmitters include dopamine, serotonin and
acetylcholine.""")
p(S, """A reflex is a rapid, automatic response to a stimulus that does not require conscious
thought. Touching a hot object, for example, sends a signal along a sensory neuron to the spinal
cord, where it is passed through a relay neuron directly to a motor neuron that makes the arm muscles
pull the hand away, all before the brain registers pain. The knee-jerk reaction tested by doctors
and blinking when something approaches the eye are other examples. Reflexes protect the body from
harm.""")
p(S, """Skeletal muscles can only pull, not push, so they work in antagonistic pairs. To bend
the elbow, the biceps on the front of the upper arm contracts while the triceps on the back
relaxes; to straighten it, the triceps contracts and the biceps relaxes. Muscle contraction is
powered by ATP. During hard exercise, when oxygen cannot be delivered fast enough, muscles switch
partly to anaerobic respiration, producing lactic acid and contributing to fatigue.""")
p(S, """Sleep is divided into stages that repeat in cycles of about ninety minutes through the
night. Non-REM sleep includes deep, slow-wave sleep, which is important for physical recovery. REM
sleep, named after the rapid eye movements that occur during it, is when most vivid dreaming takes
place and the body's muscles are temporarily relaxed. The hormone melatonin, released by the pineal
gland in the evening as light fades, helps regulate the daily sleep-wake cycle.""")
p(S, """The retina contains two kinds of light-detecting cells. Rods are very sensitive to dim
light and allow us to see at night, but they do not detect colour. Cones work best in bright light
and come in three types, most sensitive to red, green or blue light; the brain compares their
signals to perceive colours. Cones are concentrated in a small central area called the fovea, which
gives the sharpest vision. Colour blindness usually results from a missing or faulty type of cone.""")
p(S, """Human reproduction begins when a sperm cell from the father fertilises an egg cell from
the mother, usually in one of the fallopian tubes. Eggs are produced in the ovaries and sperm in the
testes. The fertilised egg divides as it travels to the uterus, where it implants in the lining.
The placenta develops to supply the growing baby with oxygen and nutrients from the mother's blood
and to remove its wastes. A full-term pregnancy lasts about 40 weeks, or nine months.""")
p(S, """Regular physical activity brings many changes to the body. The heart becomes stronger and
pumps more blood with each beat, so the resting heart rate of trained athletes can fall below 50
beats a minute. Muscles grow and develop more mitochondria and capillaries, improving endurance.
Weight-bearing exercise strengthens bones, and activity helps control weight and blood pressure.
During exercise, sweat evaporates from the skin, carrying heat away and keeping body temperature
stable.""")
p(S, """Testosterone and estrogen are the main sex hormones. Testosterone, produced mainly in the
testes, drives male development at puberty, including a deeper voice, facial hair and increased
muscle mass. Estrogen, produced mainly in the ovaries, drives female development, including breast
growth, and together with progesterone regulates the menstrual cycle. Both sexes produce small
amounts of the other's main hormone. Puberty is triggered by signals from the hypothalamus and
pituitary gland.""")
p(S, """The brain is only about two percent of body weight but uses roughly a fifth of the body's
energy at rest, mostly to keep its neurons ready to send signals. It relies almost entirely on
glucose for fuel and is very sensitive to shortages of oxygen; brain cells begin to die within a
few minutes if blood flow stops. The adult brain contains about 86 billion neurons, each connected
to thousands of others.""")

# ----------------------------------------------------------------------------- plants
S = "plants"
p(S, """Photosynthesis is the process by which green plants, algae and some other organisms use
the energy of sunlight to make food. In the chloroplasts of leaf cells, carbon dioxide taken from
the air and water drawn up from the soil are combined to make glucose, and oxygen is released as a
by-product. The overall reaction can be summarised as carbon dioxide plus water, with light energy,
giving glucose and oxygen. Nearly all food chains on land depend on this process.""")
p(S, """Chlorophyll is the green pigment that allows plants to capture light energy. It absorbs
mainly red and blue light and reflects green light, which is why leaves look green. Chlorophyll is
located in chloroplasts, organelles packed with stacks of flattened membranes called thylakoids.
Leaves also contain other pigments, such as yellow and orange carotenoids, which help collect light
and protect the plant from damage by very bright sunlight.""")
p(S, """The surface of a leaf, especially its underside, is dotted with tiny pores called
stomata. Each pore is surrounded by a pair of bean-shaped guard cells that swell to open it and go
limp to close it. Open stomata let carbon dioxide in for photosynthesis and let oxygen and water
vapour out. Plants usually open their stomata in daylight and close them at night or during
drought to save water.""")
p(S, """Transpiration is the evaporation of water from a plant, mainly through the stomata of its
leaves. As water evaporates, it pulls more water up through the plant in a continuous column, from
the roots through the stem to the leaves, much like drinking through a straw. This flow also carries
dissolved minerals upward and helps cool the leaves. A large tree can lose hundreds of litres of
water on a hot, dry, windy day, when transpiration is fastest.""")
p(S, """Plants have two main kinds of transport tissue. Xylem consists of long, hollow, dead
cells joined end to end that carry water and dissolved minerals from the roots to the rest of the
plant; in trees, old xylem forms the wood. Phloem consists of living cells that carry sugars and
other products of photosynthesis from the leaves to wherever they are needed or stored, such as
roots, fruits and growing tips. Together they form vascular bundles, visible as veins in leaves.""")
p(S, """Roots anchor a plant in the soil and absorb water and minerals. Near the tip of each root
are thousands of root hairs, tiny outgrowths of single cells that greatly increase the surface area
for absorption. Water enters the root mainly by osmosis, while many minerals are taken up by active
transport. Some plants have a single deep taproot, like the carrot, while others, such as grasses,
have a mass of fibrous roots spreading near the surface. Roots may also store food.""")
p(S, """Flowers are the reproductive organs of flowering plants. The male part, the stamen,
consists of a stalk called the filament topped by an anther, which produces pollen grains. The
female part, the carpel or pistil, has a sticky stigma on top that receives pollen, a style, and an
ovary at the base containing ovules. Colourful petals and scent attract pollinating animals, while
green sepals protect the flower bud before it opens.""")
p(S, """Pollination means moving pollen from an anther onto a stigma. Many flowers are
pollinated by animals, especially bees, but also butterflies, moths, birds and bats, which are
attracted by colour, scent and sweet nectar and carry pollen on their bodies from flower to flower.
Other plants, including grasses and many trees, are pollinated by the wind; their flowers are
usually small and dull, without scent or nectar, and produce huge amounts of light pollen.""")
p(S, """After pollination, a pollen grain grows a tube down the style to reach an ovule, where
fertilisation takes place. The fertilised ovule develops into a seed, containing an embryo plant
and a food store, and the ovary around it swells to become the fruit. Fruits protect seeds and help
spread them. In botany, many foods called vegetables, such as tomatoes, cucumbers and peppers, are
actually fruits because they develop from the ovary and contain seeds.""")
p(S, """Plants cannot move, so they rely on various means to spread their seeds away from the
parent, where they would compete for light and water. Dandelions and sycamores produce seeds with
parachutes or wings that are carried by the wind. Burdock and other plants have hooked seeds that
cling to animal fur. Birds and mammals eat fleshy fruits and later deposit the seeds elsewhere in
their droppings. Coconuts can float across oceans, and some pods burst open to fling seeds out.""")
p(S, """Germination is the process by which a seed begins to grow into a young plant. A seed
needs water, a suitable temperature and oxygen to germinate; most do not need light at first. The
seed absorbs water and swells, its food store is broken down to supply energy, and the root emerges
first, followed by the shoot. The first leaves to appear in many plants are the seed leaves, or
cotyledons, which often look different from the true leaves that follow.""")
p(S, """Plants respond to their environment through growth movements called tropisms. Shoots grow
towards light, a response called phototropism, which helps leaves capture more sunlight. Roots grow
downward in response to gravity, while shoots grow upward against it. These responses are
controlled by plant hormones. Auxin, the best known, builds up on the shaded side of a shoot and
makes the cells there grow longer, so the shoot bends towards the light.""")
p(S, """Besides auxin, plants use several other hormones. Gibberellins promote stem growth and
seed germination. Cytokinins encourage cell division. Abscisic acid helps close stomata during
drought and keeps seeds dormant. Ethylene, a simple gas, triggers fruit ripening, which is why a
ripe banana placed in a bag with unripe fruit speeds up their ripening. Farmers and fruit sellers
use ethylene to ripen fruit evenly.""")
p(S, """Plants can be grouped by the length of their life cycle. Annuals, such as sunflowers and
many garden flowers, grow from seed, flower, set seed and die within one growing season. Biennials,
such as carrots and foxgloves, take two years, storing food in the first and flowering in the
second. Perennials, which include trees, shrubs and many herbs, live for more than two years and
may flower many times.""")
p(S, """Deciduous trees, such as oaks, maples and beeches, shed all their leaves in autumn and
regrow them in spring, which saves water and energy during cold winters. As days shorten, the trees
stop making chlorophyll, and the green colour fades, revealing yellow and orange pigments that were
present all along; some trees also make red pigments. Evergreen trees, such as pines and hollies,
keep their leaves through the year, replacing them gradually.""")
p(S, """Conifers, such as pines, spruces, firs and redwoods, are seed plants that do not produce
flowers or fruits. Instead, their seeds develop on the scales of woody cones. Most conifers have
needle-like or scale-like leaves with a waxy coating that reduces water loss, helping them survive
cold and dry climates. Conifers include the tallest living trees, the coast redwoods of California,
which can exceed 110 metres, and some of the oldest, bristlecone pines more than 4,000 years old.""")
p(S, """Ferns and mosses are plants that reproduce with spores rather than seeds. Ferns have
roots, stems and leaves with veins, and the brown dots often seen on the underside of their fronds
are clusters of spore cases. Mosses are small plants without true roots or veins that grow in damp
places and absorb water directly through their leaves. Both need water for their sperm to swim to
the eggs, which is why they are most common in moist habitats.""")
p(S, """Plant cells are surrounded by a rigid cell wall made mainly of cellulose, a long chain of
glucose units and the most abundant organic compound on Earth. The wall gives the cell strength and
shape and prevents it from bursting when it takes in water. When plant cells are full of water they
press against their walls and become firm, which keeps non-woody plants upright. When they lose
water, the plant wilts. Cellulose from plants is used to make paper and cotton cloth.""")
p(S, """Some plants living in poor, boggy soils get extra nitrogen by trapping and digesting
insects. The Venus flytrap, native to the Carolinas in the United States, has hinged leaves with
trigger hairs; when an insect touches them twice in quick succession, the leaf snaps shut.
Pitcher plants have deep, slippery vessels into which insects fall and drown, while sundews catch
their prey with sticky droplets on their leaves. These plants still make their own food by
photosynthesis.""")
p(S, """Desert plants have many adaptations for surviving drought. Succulents such as cacti store
water in thick, fleshy stems or leaves. In cacti, the leaves are reduced to spines, which lose
little water and deter thirsty animals, while the green stem carries out photosynthesis. Many
desert plants have a thick waxy coating, open their stomata only at night, or grow long roots to
reach deep water. Some desert annuals survive as seeds for years, germinating only after rain.""")
p(S, """Trees in regions with distinct seasons add a new layer of wood each year. In spring they
grow quickly and make wide, pale cells, and in late summer growth slows and the cells are smaller
and darker. This produces a visible ring for each year of growth, so counting the rings in a tree
stump reveals its age. The width of the rings also records past climate: wide rings indicate good
growing years, while narrow rings suggest drought or cold.""")
p(S, """Many plants can reproduce without seeds, a process called vegetative propagation. The
new plants are genetically identical to the parent. Strawberry plants send out runners, horizontal
stems that root where they touch the ground. Potatoes are tubers, swollen underground stems that
store starch and can sprout into new plants from their eyes. Bulbs such as onions and tulips are
short stems surrounded by fleshy leaves. Gardeners also grow new plants from cuttings.""")
p(S, """Besides water and carbon dioxide, plants need mineral nutrients from the soil. Nitrogen
is used to make proteins and chlorophyll, phosphorus is important for roots and energy transfer,
and potassium helps regulate water and supports flowering. These three are the main ingredients of
most fertilisers and are often listed as N, P and K. Plants short of nitrogen usually have yellow
leaves and stunted growth. Magnesium is also needed because it sits at the centre of each
chlorophyll molecule.""")

# ----------------------------------------------------------------------------- ecology
S = "ecology"
p(S, """An ecosystem consists of all the living things in an area together with the non-living
parts of their environment, such as water, soil, air and sunlight. Ecosystems can be as small as a
pond or as large as an ocean. Within them, energy flows from the sun through plants to animals,
while chemical elements such as carbon and nitrogen are recycled again and again. Ecologists study
how organisms interact with each other and with their surroundings.""")
p(S, """A food chain shows how energy passes from one organism to another through feeding. It
begins with a producer, usually a green plant or alga, which makes food by photosynthesis. Primary
consumers, the herbivores, eat the producers; secondary consumers eat the herbivores; and tertiary
consumers eat those. For example, grass is eaten by a rabbit, which is eaten by a fox. In real
ecosystems many food chains interconnect to form a complex food web.""")
p(S, """Each step in a food chain is called a trophic level. Only a small fraction of the energy held by one level, typically around ten percent, is passed on to the next. The rest is used for living
activities such as movement and keeping warm, or is lost as heat and in waste. For this reason food
chains rarely have more than four or five links, and there are far fewer predators than plants in
an ecosystem. Diagrams of this are called pyramids of energy or numbers.""")
p(S, """Organisms can be grouped by how they obtain food. Producers make their own. Consumers eat
other organisms: herbivores such as deer and caterpillars eat plants, carnivores such as lions and
hawks eat animals, and omnivores such as bears and humans eat both. Decomposers, including fungi
such as mushrooms, break down dead organisms and waste, returning nutrients to the soil. Detritivores
such as earthworms and woodlice help by feeding on dead matter and breaking it into smaller
pieces.""")
p(S, """A habitat is the place where an organism lives, such as a woodland, a rocky shore or a
coral reef, providing the food, water, shelter and conditions it needs. An ecological niche is the
role a species plays in its habitat: what it eats, what eats it, when it is active and how it uses
resources. Two species cannot share exactly the same niche for long in the same place, because one
would eventually outcompete the other.""")
p(S, """A population consists of all the members of one species that live together in a given area. Its
size changes through births, deaths and migration. Given plenty of resources, a population can grow
rapidly, but eventually food, space, water or other factors become limiting. The largest number of individuals a habitat can sustain indefinitely is called its carrying capacity. Populations of
predators and their prey often rise and fall in linked cycles, as seen in records of lynx and
snowshoe hares in Canada.""")
p(S, """A biome is a large region of the Earth defined by its climate and its characteristic
plants and animals. Major land biomes include tropical rainforest, savanna, desert, grassland,
temperate deciduous forest, boreal forest, also called taiga, and tundra. Their distribution
depends mainly on temperature and rainfall. Aquatic biomes include oceans, coral reefs, lakes,
rivers and wetlands. Similar biomes on different continents often contain unrelated species with
similar adaptations.""")
p(S, """Tropical rainforests grow near the equator, where it is warm all year and rainfall is
heavy, often more than two metres a year. Although they cover only a small part of the Earth's land
surface, they are thought to contain more than half of all land species. The forest has distinct
layers, from the dark forest floor through the understorey and the dense canopy to scattered
emergent trees. The Amazon basin in South America holds the largest rainforest.""")
p(S, """Deserts are regions that receive very little rain, usually less than about 250
millimetres a year. Many are hot, like the Sahara, but some, like the Gobi and the interior of
Antarctica, are cold. Desert animals have adaptations for conserving water and avoiding heat: many
are active only at night, burrow during the day or get most of their water from food. Camels can
go many days without drinking, and kangaroo rats may never drink at all.""")
p(S, """The tundra is a cold, treeless biome found in the far north and on high mountains. Beneath
a thin layer of soil that thaws in summer lies permafrost, ground that stays frozen all year. The
growing season is short, and plants are small and low-growing: mosses, lichens, grasses and dwarf
shrubs. Animals include caribou, Arctic foxes, lemmings and snowy owls, and many birds migrate
there to breed during the brief summer.""")
p(S, """Symbiosis describes close, long-term relationships between different species. In
mutualism both partners benefit: bees gather nectar while pollinating flowers, and clownfish shelter
among sea anemone tentacles while helping to keep the anemone clean. In commensalism one partner
benefits and the other is neither helped nor harmed, as when barnacles ride on a whale or birds nest
in a tree. Such relationships can shape the evolution of both species.""")
p(S, """Predators are animals that hunt, kill and eat other animals, called prey. Predators have
adaptations such as sharp teeth and claws, keen senses and speed or stealth, while prey animals may
rely on camouflage, warning colours, speed, armour or living in groups. Predation helps control prey
numbers and can keep ecosystems in balance. An apex predator, such as the orca, the tiger or the
great white shark, sits at the top of its food chain and has no natural predators as an adult.""")
p(S, """A keystone species has an effect on its ecosystem far larger than its numbers would
suggest. Sea otters are a famous example: by eating sea urchins, they prevent the urchins from
grazing away kelp forests, which provide habitat for many fish and other animals. When otters were
hunted almost to extinction, kelp forests in many places collapsed. The return of wolves to
Yellowstone National Park in 1995 is another example of how one species can reshape an
ecosystem.""")
p(S, """Ecological succession is the slow, step-by-step replacement of the species making up a community over the years. Primary succession begins on bare ground with no soil, such as new volcanic rock or land left
by a retreating glacier. Pioneer species like lichens and mosses colonise it first, slowly breaking
down rock and adding organic matter to form soil. Grasses, shrubs and eventually trees follow. If a
community is disturbed but soil remains, as after a fire, secondary succession occurs more
quickly.""")
p(S, """Biodiversity describes how varied the living things of a place are, including the number of different
species, the genetic differences within species and the range of ecosystems. High biodiversity
makes ecosystems more productive and more resilient to change. Human activities, including habitat
destruction, pollution, overfishing, invasive species and climate change, are causing species to
decline and become extinct far faster than the natural background rate. Protected areas and
conservation programmes aim to slow this loss.""")
p(S, """An invasive species is a plant or animal introduced by people to a region outside its
natural range, where it spreads rapidly and harms native species or ecosystems. Without the
predators and competitors of its homeland, it may multiply unchecked. Examples include cane toads in
Australia, grey squirrels in Britain, zebra mussels in the North American Great Lakes and Japanese
knotweed in Europe. Preventing introductions is far easier than removing invaders once they are
established.""")
p(S, """The water cycle describes the continuous movement of water around the Earth. Heat from the
sun evaporates water from oceans, lakes and the ground, and plants release water vapour by
transpiration. The vapour rises, cools and condenses into tiny droplets that form clouds. When the
droplets grow large enough, they fall as precipitation: rain, snow, sleet or hail. The water then
flows over the land in rivers, soaks into the ground or collects in oceans, where the cycle begins
again.""")
p(S, """Carbon moves continually between the air, living things, oceans and rocks. Plants and
algae take carbon dioxide from the air during photosynthesis and build it into sugars. Animals
obtain carbon by eating plants, and both plants and animals release carbon dioxide during
respiration. When organisms die, decomposers return their carbon to the air. Over millions of years
some buried remains became coal, oil and natural gas, and burning these fossil fuels releases their
stored carbon quickly.""")
p(S, """Carbon dioxide, methane and some other gases in the atmosphere trap heat radiated from the
Earth's surface, a process called the greenhouse effect. Without it the planet would be far too cold
for most life. Since the Industrial Revolution, burning coal, oil and gas and clearing forests have
raised atmospheric carbon dioxide by about half, strengthening the greenhouse effect. The resulting
global warming is melting ice, raising sea levels and shifting the ranges of plants and animals.""")
p(S, """The ozone layer is a region of the stratosphere, about 15 to 35 kilometres above the
ground, where ozone gas is relatively concentrated. It absorbs most of the sun's harmful
ultraviolet radiation, which can cause sunburn, skin cancer and damage to plants and plankton. In
the 1980s scientists discovered that chemicals called CFCs, once used in refrigerators and aerosol
sprays, were thinning the layer, especially over Antarctica. The 1987 Montreal Protocol phased them
out, and the layer is slowly recovering.""")
p(S, """When fertilisers or sewage wash into lakes and rivers, the extra nitrogen and phosphorus
can cause algae to grow explosively, forming green blooms on the surface. This process is called
eutrophication. The algae block light from plants below, and when they die, decomposers use up the
oxygen in the water as they break them down. Fish and other animals may suffocate, creating dead
zones. Reducing fertiliser run-off and treating sewage help prevent it.""")
p(S, """Some pollutants, such as the pesticide DDT and mercury, are not easily broken down or
excreted and build up in the fatty tissues of animals. As they pass up a food chain, their
concentration rises at each level, because every predator eats many contaminated prey. This is
called biomagnification. In the mid-twentieth century DDT caused birds of prey such as eagles and
peregrine falcons to lay thin-shelled eggs that broke, and their numbers crashed until the chemical
was banned in many countries.""")
p(S, """Animals cope with seasonal changes in different ways. Many migrate, travelling long
distances between breeding and feeding grounds; Arctic terns fly from the Arctic to the Antarctic
and back each year. Others hibernate, entering a deep, sleep-like state in which body temperature,
heart rate and breathing fall dramatically, allowing them to survive winter on stored fat; hedgehogs,
dormice and many bats do this. Nocturnal animals, such as owls, are active at night.""")
p(S, """Coral reefs are the work of tiny animals called coral polyps, living in colonies, which secrete hard
skeletons of calcium carbonate. Most reef-building corals contain microscopic algae living in their
tissues, which provide them with food from photosynthesis and give them their colours. Reefs cover
less than one percent of the ocean floor but support about a quarter of all marine species. Rising
sea temperatures can cause corals to expel their algae and turn white, an event called bleaching.""")
p(S, """Acid rain forms when sulfur dioxide and nitrogen oxides, released mainly by burning coal
and oil in power stations, factories and vehicles, dissolve in water droplets in the air to form
sulfuric and nitric acids. It can damage forests, make lakes too acidic for fish and erode
limestone buildings and statues. Laws that required power stations to remove sulfur from their
emissions have greatly reduced acid rain in Europe and North America since the 1980s.""")

# ----------------------------------------------------------------------------- genetics
S = "genetics"
p(S, """DNA, or deoxyribonucleic acid, is the molecule that carries genetic instructions in all
living organisms. It is made of two long strands twisted around each other in a double helix, like
a twisted ladder. The sides of the ladder are made of alternating sugar and phosphate groups, and
the rungs are pairs of chemical bases. The sequence of bases along the strands encodes the
information needed to build and run the organism, and it is copied each time a cell divides.""")
p(S, """DNA contains four bases: adenine, thymine, guanine and cytosine, usually abbreviated A,
T, G and C. The bases on the two strands pair in a fixed way: adenine always pairs with thymine, and
guanine always pairs with cytosine. Because of this complementary pairing, each strand can serve as
a template for building the other, which is how DNA is copied accurately. RNA, a related molecule,
uses the base uracil in place of thymine.""")
p(S, """The double-helix model of DNA was published in 1953 by James Watson and Francis Crick
at the University of Cambridge. Their model relied heavily on X-ray diffraction images of DNA made
by Rosalind Franklin and Maurice Wilkins at King's College London, especially a famous image known
as Photo 51. Watson, Crick and Wilkins received the Nobel Prize in 1962; Franklin had died in 1958,
and her essential contribution was recognised more fully only later.""")
p(S, """In the nucleus of a cell, DNA is wound around proteins and packaged into structures called
chromosomes. Humans normally have 46 chromosomes in each body cell, arranged in 23 pairs, with one
chromosome of each pair inherited from the mother and one from the father. Twenty-two pairs are
alike in males and females. The twenty-third pair are the sex chromosomes: females usually have two
X chromosomes, while males have one X and one Y.""")
p(S, """A gene is a section of DNA that carries the instructions for making a particular protein
or functional RNA molecule, and so influences a trait. Humans have roughly 20,000 protein-coding
genes. A gene can exist in different versions, called alleles, which may produce different forms of
a trait, such as different blood groups or eye colours. Because each person has two copies of most
chromosomes, they carry two alleles of each gene, which may be the same or different.""")
p(S, """Gregor Mendel, an Augustinian friar working in a monastery garden in Brno in the 1850s and
1860s, is regarded as the founder of genetics. By crossing thousands of pea plants that differed in
clear-cut traits such as flower colour, seed shape and plant height, and counting the offspring, he
showed that traits are passed on as separate units, now called genes, in predictable ratios. His
work, published in 1866, was largely ignored until it was rediscovered in 1900.""")
p(S, """Some alleles are dominant and others recessive. A dominant allele is expressed if a single copy is inherited, while a recessive allele shows its effect only when two copies are
present. An organism carrying the same allele twice is homozygous, and one with two different
alleles is heterozygous. The genetic make-up is called the genotype, and the observable
characteristics that result are the phenotype. A heterozygous individual shows the dominant trait
but can pass on the recessive allele.""")
p(S, """A Punnett square, named after the British geneticist Reginald Punnett, is a simple grid
used to predict the possible genotypes of offspring from a cross. The alleles from one parent are
written along the top and those from the other down the side, and the boxes are filled in with the
combinations. For example, when two heterozygous pea plants are crossed, three quarters of the
offspring are expected to show the dominant trait and one quarter the recessive trait, a 3 to 1
ratio.""")
p(S, """Meiosis is a special type of cell division that produces sex cells, or gametes: sperm in
males and eggs in females. It involves two rounds of division and produces four cells, each with half
the normal number of chromosomes, 23 in humans. During meiosis, matching chromosomes swap sections
and are shuffled into different combinations, so every gamete is genetically unique. When a sperm
fertilises an egg, the full number of 46 chromosomes is restored.""")
p(S, """In humans the sex of a baby is determined by the sex chromosomes. Every egg carries an X
chromosome, while each sperm carries either an X or a Y. If an X-carrying sperm fertilises the egg,
the baby will usually be female (XX); if a Y-carrying sperm does, the baby will usually be male (XY).
A gene on the Y chromosome called SRY triggers the development of testes. Because sperm of both
kinds are made in roughly equal numbers, about equal numbers of boys and girls are born.""")
p(S, """Genes carried on the X chromosome show a special pattern of inheritance. Because males
have only one X chromosome, a single recessive allele on it will show its effect, whereas females
need two copies. Conditions caused by such X-linked recessive alleles are therefore much more common
in men. Red-green colour blindness, which affects about one in twelve men but only about one in two
hundred women, and hemophilia, a disorder in which blood does not clot properly, are examples.""")
p(S, """Some genetic disorders are caused by changes in a single gene. Cystic fibrosis, which
produces thick, sticky mucus in the lungs and digestive system, and sickle-cell anaemia, in which
abnormal hemoglobin makes red blood cells stiff and sickle-shaped, are both inherited as recessive
traits. Other disorders involve whole chromosomes. Down syndrome usually results from a third copy of chromosome 21, giving 47 chromosomes in each cell instead of 46.""")
p(S, """Twins can form in two ways. Identical, or monozygotic, twins develop from a single
fertilised egg that splits into two embryos early in development, so they share almost exactly the
same genes and are always the same sex. Non-identical, or fraternal, twins develop when two separate
eggs are released and fertilised by two different sperm; they are no more alike genetically than
ordinary brothers and sisters. Studies comparing the two kinds of twins help researchers separate
the effects of genes and environment.""")
p(S, """Charles Darwin set out his theory that species evolve through natural selection in On the Origin of Species, published in 1859. Individuals in a population vary, and some variations are inherited.
More offspring are born than can survive, so those with features better suited to their environment
are more likely to survive and reproduce, passing those features on. Over many generations this
changes species. Alfred Russel Wallace reached the same idea independently, and their ideas were
first presented together in 1858.""")
p(S, """From 1831 to 1836 the young Charles Darwin sailed around the world as a naturalist aboard
HMS Beagle, a Royal Navy survey ship. In South America he collected fossils of extinct giant mammals,
and in the Galapagos Islands in the Pacific he noticed that mockingbirds, tortoises and finches
differed from island to island. The finches, in particular, had beaks of different shapes suited to
different foods, which later helped illustrate how one ancestral species can give rise to many.""")
p(S, """Fossils are remains or signs of organisms that lived long ago, preserved in stone, such as
bones, shells, leaves, footprints and burrows, usually found in sedimentary rock. They form most
often when an organism is buried quickly in mud or sand and its hard parts are gradually replaced by
minerals. The fossil record shows that life has changed over hundreds of millions of years and
provides evidence for evolution, including transitional forms such as Archaeopteryx, which had
features of both dinosaurs and birds.""")
p(S, """For thousands of years people have changed plants and animals by selective breeding,
also called artificial selection: choosing individuals with desirable traits to breed from and
repeating this over many generations. All breeds of dog descend from wolves, and modern maize was
bred from a wild Mexican grass called teosinte. Cabbage, broccoli, cauliflower, kale and Brussels
sprouts were all developed from a single wild mustard plant by selecting for different parts.""")
p(S, """Genetic engineering is the direct modification of an organism's DNA using laboratory
techniques. A gene from one organism can be inserted into another, producing a genetically modified
organism. Examples include crops that resist pests or herbicides, and bacteria that make human
insulin for people with diabetes. Since 2012, a tool called CRISPR-Cas9, adapted from a natural
system found in bacteria, has made it much easier to cut and edit DNA at precise locations; its
developers received the 2020 Nobel Prize in Chemistry.""")
p(S, """A clone is an organism that is genetically identical to another. In 1996, scientists at
the Roslin Institute in Scotland produced Dolly the sheep, the first mammal cloned from an adult
body cell. They took the nucleus from a cell of an adult sheep's udder and placed it into an egg
cell whose own nucleus had been removed; the egg developed into an embryo that was implanted in a
surrogate mother. Dolly lived until 2003 and had several lambs.""")
p(S, """The Human Genome Project was an international research effort to determine the complete
sequence of the roughly three billion base pairs in human DNA. It began in 1990 and was declared
complete in 2003, ahead of schedule. It revealed that humans have about 20,000 protein-coding genes,
far fewer than many had expected, and that only a small percentage of the genome codes for proteins.
The cost of sequencing a human genome has since fallen from billions of dollars to a few hundred.""")
p(S, """Genes are used to make proteins in two main steps. In transcription, which takes place in
the nucleus, the DNA sequence of a gene is copied into a molecule of messenger RNA. The messenger RNA
then travels to a ribosome in the cytoplasm, where, in translation, its sequence is read in groups
of three bases called codons. Each codon specifies one amino acid, and the amino acids are linked in
order to form a protein. This genetic code is almost the same in all living things.""")
p(S, """Not all of a cell's DNA is in the nucleus. Mitochondria, the organelles that release
energy, contain their own small circular DNA with a few dozen genes. Because mitochondria in a
fertilised egg come almost entirely from the egg rather than the sperm, mitochondrial DNA is passed
down only through the mother. Scientists use it to trace maternal ancestry and human migrations;
studies suggest that all living people share a common female-line ancestor who lived in Africa
about 150,000 to 200,000 years ago.""")

# ----------------------------------------------------------------------------- cell biology
S = "cell_biology"
p(S, """The cell is the basic unit of life. Cell theory, developed in the nineteenth century by
Matthias Schleiden, Theodor Schwann and Rudolf Virchow, states that all living things are made of
one or more cells, that the cell is the basic unit of structure and function in organisms, and that
new cells arise only from existing cells. Some organisms consist of a single cell, while the human
body contains tens of trillions of cells of about two hundred different types.""")
p(S, """The English scientist Robert Hooke was the first to describe cells. In his 1665 book
Micrographia he published drawings of thin slices of cork seen through his microscope. The cork was
made of tiny empty boxes, and Hooke called them cells, because they reminded him of the small rooms
in which monks lived. What he saw were actually the walls of dead plant cells. Micrographia also
contained detailed drawings of insects, such as a flea and a louse.""")
p(S, """The nucleus is usually the largest organelle in an animal or plant cell. It is surrounded
by a double membrane, the nuclear envelope, pierced by pores that let molecules pass in and out.
Inside, it holds most of the cell's DNA in the form of chromosomes and controls the cell's
activities by determining which genes are used. A dense region within the nucleus, the nucleolus,
produces the components of ribosomes.""")
p(S, """Mitochondria are often called the powerhouses of the cell, because they carry out aerobic
respiration, releasing energy from food molecules and storing it in ATP. Each mitochondrion has two
membranes; the inner one is folded into shelves called cristae, which provide a large surface area
for the reactions. Cells that need a lot of energy, such as muscle and liver cells, contain
thousands of mitochondria. Mitochondria also have their own DNA and divide independently.""")
p(S, """The endoplasmic reticulum is a network of membrane-bound tubes and sacs that extends
through the cytoplasm. Rough endoplasmic reticulum is studded with ribosomes and makes proteins that
will be exported or placed in membranes, while smooth endoplasmic reticulum makes lipids and helps
break down some toxins. The Golgi apparatus, a stack of flattened sacs, receives these products,
modifies them, sorts them and packages them into vesicles that carry them to their destinations,
much like a post office.""")
p(S, """Lysosomes are small, membrane-bound sacs containing powerful digestive enzymes. They
break down worn-out organelles, large molecules and material taken into the cell, recycling the
components for reuse. The inside of a lysosome is acidic, which suits its enzymes. If a lysosome
failed to keep its enzymes enclosed, they could damage the rest of the cell. Several rare inherited
diseases are caused by the lack of a particular lysosomal enzyme, causing undigested material to
build up.""")
p(S, """Plant cells share most organelles with animal cells but also have some of their own.
They are surrounded by a rigid cell wall of cellulose outside the cell membrane. Many contain
chloroplasts, where photosynthesis takes place. Most mature plant cells also have a large central
vacuole, a sac filled with cell sap that can take up most of the cell's volume; it stores water,
sugars and pigments and, by pressing outward, keeps the cell firm.""")
p(S, """The cell membrane, or plasma membrane, surrounds every cell and controls which substances
enter and leave. It is made mainly of a double layer of phospholipid molecules, each with a
water-loving head and two water-repelling tails, so that the tails face inward. Proteins embedded in
the membrane act as channels, pumps, receptors and markers. Because its components can move around,
the structure is described as a fluid mosaic. Small molecules such as oxygen pass through easily.""")
p(S, """Diffusion is the net movement of particles from a region where they are more concentrated
to a region where they are less concentrated, until they are evenly spread. It happens because
particles move randomly and needs no energy from the cell. Oxygen diffuses into cells and carbon
dioxide diffuses out in this way. Diffusion is faster when the concentration difference is large,
the temperature is high and the distance is short, which is why exchange surfaces are thin.""")
p(S, """Osmosis is the diffusion of water through a membrane that lets some molecules pass but not others, from a dilute
solution, which has more free water molecules, to a more concentrated one. If an animal cell is
placed in pure water, water enters by osmosis and the cell swells and may burst. In a strong salt
solution it loses water and shrivels. Plant cells are protected from bursting by their walls; when
full of water they become turgid, and when they lose water they become limp and the plant wilts.""")
p(S, """Active transport moves substances across a cell membrane from a region of lower
concentration to a region of higher concentration, against the concentration gradient. Unlike
diffusion, it requires energy, supplied by ATP, and uses carrier proteins in the membrane that act
as pumps. Root hair cells use active transport to absorb mineral ions from the soil, and nerve cells
use a sodium-potassium pump to keep the difference in charge across their membranes that allows them
to send signals.""")
p(S, """Adenosine triphosphate, or ATP, is the molecule that cells use as an immediate source of
energy. It consists of a base, a sugar and three phosphate groups. When the last phosphate is broken
off, turning ATP into ADP, energy is released that can power muscle contraction, active transport and
the building of large molecules. Cells constantly regenerate ATP from ADP using energy from
respiration; a person recycles roughly their own body weight in ATP every day.""")
p(S, """Cellular respiration is the process by which cells release energy from food. In aerobic
respiration, which takes place mainly in the mitochondria, glucose reacts with oxygen to produce
carbon dioxide and water, releasing energy that is stored in ATP. When oxygen is scarce, some cells
use anaerobic respiration, which releases much less energy. In human muscles it produces lactic
acid, while in yeast it produces ethanol and carbon dioxide, a process used in baking and brewing.""")
p(S, """Enzymes are biological catalysts, usually proteins, that speed up chemical reactions in
cells without being used up. Each enzyme has an active site with a particular shape that fits only
certain molecules, its substrates, an idea described by the lock-and-key model. Enzymes work best at
a particular temperature and pH. At high temperatures the enzyme's shape changes permanently, a
process called denaturation, and it stops working. Most human enzymes work best near 37 degrees
Celsius.""")
p(S, """Mitosis is the type of cell division that produces two daughter cells genetically
identical to the parent cell. It is used for growth, repair and asexual reproduction. Before mitosis
the cell copies its DNA. Mitosis then proceeds through four stages: in prophase the chromosomes
condense; in metaphase they line up across the middle of the cell; in anaphase the copies are pulled
to opposite ends; and in telophase new nuclei form. The cytoplasm then divides, a step called
cytokinesis.""")
p(S, """The life of a dividing cell follows a sequence called the cell cycle. Most of the time is
spent in interphase, when the cell grows, carries out its normal functions and copies its DNA. This
is followed by mitosis and cytokinesis. Checkpoints along the way ensure that the DNA is complete and
undamaged before division continues. When the genes that control these checkpoints are damaged,
cells may divide uncontrollably and form a tumour, which is the basis of cancer.""")
p(S, """Stem cells are unspecialised cells that can divide many times and develop into different
types of specialised cell. Embryonic stem cells, found in early embryos, can become almost any cell
type in the body. Adult stem cells, found in tissues such as bone marrow and skin, usually produce a
narrower range of cells and help replace those that wear out. Scientists are studying stem cells for
repairing damaged tissues. In 2006 researchers found ways to turn ordinary adult cells back into stem
cells.""")
p(S, """In multicellular organisms, cells become specialised for particular jobs. Nerve cells are
long and thin to carry signals over distances. Red blood cells lack a nucleus, leaving more room for
hemoglobin. Sperm cells have a tail for swimming, and the egg cell, bigger than any other human cell, contains a store of nutrients. Groups of similar cells form tissues, tissues combine into
organs, and organs work together in organ systems, such as the digestive system.""")
p(S, """Most cells are microscopic, typically ten to a hundred micrometres across. One reason is
that as a cell grows, its volume increases faster than its surface area. Since all substances must
enter and leave through the surface, a large cell would not be able to exchange materials fast
enough to supply its interior. Small cells have a large surface area compared with their volume.
Some cells increase their surface area with folds or projections instead of staying very small.""")
p(S, """Apoptosis is a controlled process by which cells deliberately die, sometimes called
programmed cell death. It removes cells that are damaged, no longer needed or potentially dangerous,
without causing harm to surrounding tissue. During development, apoptosis shapes the body: it
removes the webbing between the fingers and toes of a human embryo, for example. The dying cell
shrinks and breaks into small packages that are cleared away by neighbouring cells.""")
p(S, """Light microscopes, used in schools since the nineteenth century, use glass lenses to
magnify specimens up to about 1,000 to 1,500 times, enough to see cells and larger organelles such
as the nucleus. Stains are often added to make structures visible. Electron microscopes, developed
in the 1930s, use beams of electrons instead of light and can magnify objects more than a million
times, revealing the fine structure of organelles and membranes, although the specimens must be
dead.""")
p(S, """The cytoplasm is the jelly-like material that fills a cell between the cell membrane and
the nucleus. It is mostly water containing dissolved salts, sugars and proteins, and many chemical
reactions take place in it. Running through the cytoplasm is the cytoskeleton, a network of protein
fibres and tubes that gives the cell its shape, holds organelles in place and allows movement. In
animal cells, a pair of small structures called centrioles helps organise the spindle that separates
chromosomes during division.""")

# ----------------------------------------------------------------------------- chemistry
S = "chemistry"
p(S, """All matter is made of atoms. An atom has a tiny, dense nucleus containing positively
charged protons and uncharged neutrons, surrounded by negatively charged electrons arranged in
shells. A neutral atom has equal numbers of protons and electrons. The number of protons, called the
atomic number, determines which element the atom is: every carbon atom has six protons, for example.
Atoms of the same element with different numbers of neutrons are called isotopes.""")
p(S, """The periodic table arranges the chemical elements in order of increasing atomic number,
in rows called periods and columns called groups. Elements in the same group have similar chemical
properties because they have the same number of electrons in their outer shell. The Russian chemist
Dmitri Mendeleev published the first widely recognised version in 1869 and left gaps for elements
not yet discovered, correctly predicting their properties. Today the table contains 118 known
elements.""")
p(S, """Some groups of the periodic table have special names. The alkali metals in group 1, such
as lithium, sodium and potassium, are soft, shiny metals that react vigorously with water to produce
hydrogen and an alkaline solution. The halogens in group 17, including fluorine, chlorine and
bromine, are reactive non-metals. The noble gases in group 18, such as helium, neon and argon, have
full outer electron shells and are very unreactive, which is why neon and argon are used in lighting.""")
p(S, """Atoms join together by chemical bonds. In an ionic bond, one atom gives one or more
electrons to another, producing oppositely charged ions that attract each other; sodium chloride,
table salt, is an ionic compound. In a covalent bond, two atoms share a pair of electrons, as in
water, where an oxygen atom shares electrons with two hydrogen atoms. In metals, outer electrons are
shared among all the atoms, which is why metals conduct electricity.""")
p(S, """The pH scale measures how acidic or alkaline a solution is, from 0 to 14. Pure water is
neutral with a pH of 7. Acids, such as lemon juice and vinegar, have a pH below 7, and the lower the
number, the stronger the acid. Alkalis, such as soap and bleach, have a pH above 7. Each step on the
scale represents a tenfold change in the concentration of hydrogen ions. Indicators such as litmus
and universal indicator change colour according to pH.""")
p(S, """When an acid reacts with a base, the two cancel each other out to form a salt and water,
a reaction called neutralisation. For example, hydrochloric acid and sodium hydroxide produce sodium
chloride and water. Antacid tablets use neutralisation to relieve indigestion, and farmers spread
lime on acidic soils. Litmus paper is a simple indicator: blue litmus turns red in acid, and red
litmus turns blue in alkali.""")
p(S, """In a chemical reaction, atoms are rearranged to form new substances, but no atoms are
created or destroyed. This is the law of conservation of mass, established by Antoine Lavoisier in
the eighteenth century: the total mass of the products equals the total mass of the reactants.
Chemical equations are balanced so that the same number of each kind of atom appears on both sides.
Signs of a chemical reaction include a colour change, bubbles of gas, a change in temperature or a
solid forming.""")
p(S, """Oxidation originally meant combining with oxygen. Rusting is a familiar example: iron
reacts slowly with oxygen and water to form hydrated iron oxide, a flaky reddish-brown substance.
Rusting can be prevented by keeping oxygen and water away, for example with paint, oil or grease, or
by galvanising, coating the iron with zinc. Combustion is a fast oxidation reaction in which a fuel burns in oxygen and gives out heat and light; burning hydrocarbons produces carbon dioxide and water.""")
p(S, """A catalyst is a substance that speeds up a chemical reaction without being used up. It
works by providing an alternative pathway for the reaction that needs less energy to get started.
Catalysts are vital in industry: iron is used in the Haber process to make ammonia for fertilisers,
and the catalytic converters in car exhausts use platinum and related metals to turn harmful gases
into less harmful ones. Enzymes are the natural catalysts of living things.""")
p(S, """Matter commonly exists in three states: solid, liquid and gas. In a solid, particles are
packed closely in fixed positions and only vibrate. In a liquid they are still close but can move
past each other, so liquids flow and take the shape of their container. In a gas the particles are
far apart and move rapidly in all directions. Changes of state include melting, freezing, boiling,
condensation and sublimation, in which a solid such as dry ice turns straight into a gas.""")
p(S, """Mixtures can be separated by physical methods. Filtration separates an insoluble solid
from a liquid, such as sand from water. Evaporation recovers a dissolved solid, such as salt from
seawater. Distillation separates liquids with different boiling points, or a liquid from a dissolved
solid, by boiling and condensing the vapour; fractional distillation separates crude oil into petrol,
diesel and other fractions. Paper chromatography separates the coloured dyes in an ink, which travel
different distances up the paper.""")
p(S, """A solution forms when one substance, the solute, dissolves in another, the solvent. In
salt water, salt is the solute and water the solvent. Water dissolves so many substances that it is
sometimes called the universal solvent. A solution that cannot dissolve any more solute at a given
temperature is saturated; for most solids, solubility increases as temperature rises. Substances
that do not dissolve, such as sand in water, are called insoluble.""")
p(S, """Carbon can form four bonds and link to itself in long chains and rings, so it forms more
compounds than any other element. The study of carbon compounds is called organic chemistry.
Hydrocarbons, made only of carbon and hydrogen, include methane, with the formula CH4, the main
component of natural gas, and larger molecules found in petrol and candle wax. Pure carbon exists in
several forms, including diamond, the hardest natural material, and graphite, the soft grey material
in pencils.""")
p(S, """Most elements are metals. Metals are typically shiny, good conductors of heat and
electricity, and malleable, meaning they can be hammered into shape. Mercury is the only metal that
is liquid at room temperature. Alloys are mixtures of a metal with other elements that often have
more useful properties than the pure metal: bronze combines copper and tin, brass combines copper
and zinc, and steel is iron with a small amount of carbon, making it stronger.""")
p(S, """Electrolysis uses an electric current to break down a compound that is melted or
dissolved in water. The current flows between two electrodes, and positive ions move to the negative
electrode while negative ions move to the positive one. Passing electricity through water splits it
into hydrogen gas and oxygen gas, with twice as much hydrogen by volume. Electrolysis is used to
extract reactive metals such as aluminium from their ores and to plate objects with a thin layer of
metal.""")
p(S, """Because atoms are so small, chemists count them in large batches called moles. One mole
of any substance contains about 6.02 times ten to the power twenty-three particles, a value known as
the Avogadro constant. The mass of one mole of an element in grams equals its relative atomic mass:
twelve grams of carbon-12 contain exactly one mole of atoms. Using moles, chemists can work out how
much of each reactant is needed and how much product will form.""")
p(S, """Chemical reactions either release or absorb energy. Exothermic reactions give out heat
to their surroundings, so the temperature rises; combustion, neutralisation and the reactions in
hand warmers are examples. Endothermic reactions take in heat, so the surroundings get colder;
dissolving ammonium nitrate in water, used in instant cold packs, and the thermal decomposition of
limestone are examples. Photosynthesis is also endothermic, absorbing energy from sunlight.""")
p(S, """Dry air is about 78 percent nitrogen and 21 percent oxygen, with small amounts of argon,
carbon dioxide and other gases; it also contains varying amounts of water vapour. Oxygen supports
burning and is needed for respiration, while nitrogen is relatively unreactive. Carbon dioxide can
be identified in the laboratory by bubbling it through limewater, a solution of calcium hydroxide,
which turns milky as insoluble calcium carbonate forms. Hydrogen burns with a squeaky pop.""")
p(S, """Many everyday substances have chemical names. Table salt is sodium chloride, NaCl.
Baking soda is sodium bicarbonate, which releases carbon dioxide when heated or mixed with acid,
making cakes rise. Chalk and limestone are forms of calcium carbonate. Vinegar contains acetic acid,
and the fizz in soft drinks comes from dissolved carbon dioxide. Bleach is usually a solution of
sodium hypochlorite. Water, H2O, is made of two hydrogen atoms bonded to one oxygen atom.""")
p(S, """Chemical symbols are one- or two-letter abbreviations for the elements. Many come from
English names, such as H for hydrogen, O for oxygen and C for carbon. Others come from Latin names:
Na for sodium, from natrium; Fe for iron, from ferrum; Ag for silver, from argentum; Cu for copper,
from cuprum; and Pb for lead, from plumbum. The first letter of a symbol is always a capital and the
second, if present, is lower case.""")
p(S, """Ozone is a form of oxygen in which each molecule contains three oxygen atoms, O3, rather
than the usual two. It has a sharp smell, sometimes noticed after thunderstorms or near electrical
equipment. High in the atmosphere ozone is beneficial because it absorbs ultraviolet light, but at
ground level it is a pollutant formed when sunlight acts on vehicle exhaust, irritating the lungs.
Carbon dioxide, CO2, has one carbon atom and two oxygen atoms.""")

# ----------------------------------------------------------------------------- physics
S = "physics"
p(S, """Isaac Newton's three laws of motion, published in 1687, describe how forces affect
movement. The first law states that an object stays at rest or keeps moving in a straight line at
constant speed unless an unbalanced force acts on it; this tendency is called inertia. The second law
states that the acceleration of an object is proportional to the force on it and inversely
proportional to its mass, summarised as force equals mass times acceleration. The third law states
that every action has an equal and opposite reaction.""")
p(S, """Force is measured in newtons, named after Isaac Newton. One newton is the force needed to
accelerate a mass of one kilogram by one metre per second every second. Forces can push, pull, twist
or squash objects and change their speed or direction. Friction is a force that opposes motion
between surfaces in contact; it allows us to walk and brakes to stop cars, but it also wastes energy
as heat. Air resistance is a form of friction acting on objects moving through air.""")
p(S, """Gravity is the force of attraction between any two objects with mass. Newton's law of
universal gravitation, published in 1687, states that the force increases with the masses of the
objects and decreases with the square of the distance between them. Near the Earth's surface,
gravity accelerates falling objects at about 9.8 metres per second per second. Galileo showed that,
without air resistance, heavy and light objects fall at the same rate, an idea later demonstrated
with a hammer and feather on the Moon.""")
p(S, """Mass and weight are different quantities. Mass is the amount of matter in an object,
measured in kilograms, and it is the same wherever the object is. Weight is the force of gravity
acting on that mass, measured in newtons. Because the Moon's gravity is about one sixth of the
Earth's, an astronaut weighs about one sixth as much on the Moon, though their mass is unchanged.
On Earth, an object with a mass of one kilogram weighs about 9.8 newtons.""")
p(S, """Speed is the distance an object travels divided by the time taken, measured for example in
metres per second or kilometres per hour. Velocity is speed in a particular direction. Acceleration
is the rate at which velocity changes, measured in metres per second squared; slowing down is
sometimes called deceleration. A distance-time graph shows speed as the slope of the line, while the
slope of a velocity-time graph gives the acceleration.""")
p(S, """Energy is the capacity to do work and is measured in joules. It exists in many stores:
kinetic energy of moving objects, gravitational potential energy of raised objects, elastic energy
of stretched springs, chemical energy in food and fuels, thermal energy and nuclear energy. According to the principle of energy conservation, energy cannot be created or destroyed, only transferred from
one store to another, although some is usually spread out into the surroundings as heat.""")
p(S, """Work is done when a force moves an object, and it equals the force multiplied by the
distance moved in the direction of the force. Both work and energy are measured in joules. Power is
the rate of doing work or transferring energy, measured in watts; one watt is one joule per second.
A 100-watt light bulb transfers 100 joules of energy every second. The unit is named after James
Watt, whose improved steam engines helped drive the Industrial Revolution.""")
p(S, """An electric current is a flow of charge, usually electrons moving through a wire,
measured in amperes. Voltage, measured in volts, is the push that drives the current, and
resistance, measured in ohms, opposes it. Ohm's law, named after the German physicist Georg Ohm,
states that voltage equals current multiplied by resistance. Doubling the voltage across a fixed
resistor therefore doubles the current. Electrical power equals voltage multiplied by current.""")
p(S, """Materials differ in how easily electric charge passes through them. Conductors, such as
copper, silver, aluminium and graphite, let current flow easily because they contain electrons that
are free to move; copper is used in most household wiring. Insulators, such as rubber, plastic, glass
and dry wood, hold their electrons tightly and resist current, so they are used to cover wires and
make handles safe. Semiconductors, such as silicon, are in between and are the basis of computer
chips.""")
p(S, """A magnet has two poles, north and south. Like poles repel each other and unlike poles
attract. The region around a magnet where its force acts is called its magnetic field. The Earth
itself behaves like a giant magnet, which is why a freely hanging compass needle lines up roughly
north-south. An electric current also produces a magnetic field, and a coil of wire wrapped around
an iron core forms an electromagnet that can be switched on and off.""")
p(S, """Waves transfer energy from place to place without transferring matter. The amplitude of a
wave is its maximum displacement from the rest position, the wavelength is the distance between one
crest and the next, and the frequency is the number of waves passing a point each second, measured
in hertz. In transverse waves, such as light and ripples on water, the vibrations are at right
angles to the direction of travel; in longitudinal waves, such as sound, they are along it.""")
p(S, """Sound is a longitudinal wave made by vibrating objects, which push and pull on the
particles of a medium. Because it needs particles to travel, sound cannot cross a vacuum such as
outer space. In air at room temperature it travels at about 343 metres per second, faster in water
and faster still in solids such as steel. The pitch of a sound depends on its frequency and its
loudness on its amplitude. Humans can hear frequencies from about 20 to 20,000 hertz.""")
p(S, """Light travels in straight lines and moves at about 300,000 kilometres per second in a
vacuum, the fastest speed possible. When it strikes a mirror it is reflected, with the angle of
reflection equal to the angle of incidence. When it passes from one material into another, such as
from air into water or glass, it changes speed and bends, an effect called refraction. Refraction
makes a straw in a glass of water look bent and allows lenses to focus light.""")
p(S, """White light is a mixture of colours. When it passes through a glass prism, each colour is
refracted by a slightly different amount, so the light spreads out into a spectrum: red, orange,
yellow, green, blue, indigo and violet. Isaac Newton demonstrated this in the 1660s. Red light has
the longest wavelength and violet the shortest. Rainbows form in the same way when sunlight is
refracted and reflected inside raindrops.""")
p(S, """Visible light is only a small part of the electromagnetic spectrum. In order of
decreasing wavelength, the spectrum includes radio waves, microwaves, infrared, visible light,
ultraviolet, X-rays and gamma rays. All of these waves travel at the speed of light in a vacuum.
They have many uses: radio waves carry broadcasts, microwaves heat food, infrared is used in remote
controls, and X-rays pass through soft tissue but are absorbed by bone, making them useful for
medical images.""")
p(S, """Heat is transferred in three ways. Conduction passes thermal energy through a material,
especially a solid, as vibrating particles pass energy to their neighbours; metals are good
conductors. Convection occurs in liquids and gases when warmer, less dense fluid rises and cooler,
denser fluid sinks, creating currents. Radiation transfers energy as infrared waves, which need no
medium, and this is how heat from the Sun crosses the vacuum of space to reach the Earth.""")
p(S, """Temperature is measured on several scales. On the Celsius scale water freezes at 0 degrees
and boils at 100 degrees at standard atmospheric pressure. On the Fahrenheit scale these points are
32 and 212 degrees. The SI unit of temperature is the kelvin. Zero kelvin, called absolute zero and
equal to about minus 273 degrees Celsius, is the lowest possible temperature, at which particles
have the minimum possible energy. A change of one kelvin equals a change of one degree Celsius.""")
p(S, """Density is the mass of a substance per unit volume, calculated by dividing mass by
volume and often given in grams per cubic centimetre. Water has a density of about one gram per
cubic centimetre. Objects less dense than a liquid float in it, while denser objects sink. Ice is
unusual: water expands when it freezes, so ice is less dense than liquid water and floats. This is
why lakes freeze from the top down, allowing fish to survive underneath.""")
p(S, """Pressure is the force acting on a unit area, calculated by dividing force by area, and is
measured in pascals; one pascal is one newton per square metre. A sharp knife cuts well because its
force is concentrated on a tiny area, while snowshoes spread weight over a large area. Pressure in a
liquid increases with depth, which is why dams are thicker at the bottom. Atmospheric pressure at sea
level is about 101,000 pascals and decreases with altitude.""")
p(S, """Some atomic nuclei are unstable and break down, giving out radiation; this is called
radioactivity. Alpha particles are helium nuclei made of two protons and two neutrons and can be
stopped by paper. Beta particles are fast electrons stopped by a thin sheet of aluminium, and gamma
rays are high-energy electromagnetic waves reduced only by thick lead or concrete. The half-life of a
radioactive isotope is how long half of the nuclei in a sample need to decay.""")
p(S, """Nuclear energy is released by changes in atomic nuclei. In fission, a heavy nucleus such as
uranium-235 splits into two smaller nuclei, releasing energy and neutrons that can split further
nuclei in a chain reaction; nuclear power stations use controlled fission. In fusion, light nuclei
such as hydrogen join to form heavier ones like helium. Fusion powers the Sun and other stars, where
enormous temperatures and pressures force the nuclei together.""")
p(S, """In 1905 Albert Einstein published his special theory of relativity, which showed that
measurements of time and space depend on the motion of the observer and that nothing can travel
faster than light. One consequence is the equation E = mc squared, which states that mass and energy
are equivalent: a small amount of mass corresponds to an enormous amount of energy, because the
speed of light squared is a very large number. This explains the energy released in nuclear
reactions.""")
