"""Append the second batch of paragraphs to the bundled plain-text corpus.

The first 183 paragraphs (``plaintext-eval-000`` to ``-121`` and ``plaintext-fit-000`` to ``-060``)
were written directly into ``data/*.jsonl`` and are kept exactly as they are. This script holds the
second batch (written for lm-eval-steered, like the first; nothing is copied from Wikipedia or any
data set) and rewrites both files as: the original records, unchanged and in their original order,
followed by the new paragraphs with ids continuing the numbering.

The new paragraphs are grouped by topic below. Within each topic a seeded shuffle (:data:`SEED`)
decides the split: every third paragraph in shuffled order goes to ``fit``, the rest to ``eval``,
so both splits cover every topic. Within a split the new paragraphs keep their written order.

Run ``python tasks/plaintext/extend.py`` to (re)write the files; the output is byte-identical on
every run. ``--check`` verifies the files on disk without writing. Then run ``check_splits.py``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
DATA = HERE / "data"
SEED = 20240612
# Records written before this script existed; they are never changed.
ORIGINAL = {"eval": 122, "fit": 61}


def paragraphs(block: str) -> list[str]:
    """Paragraphs of a text block, separated by blank lines, whitespace collapsed to single spaces."""
    return [" ".join(p.split()) for p in block.split("\n\n") if p.strip()]


def new_paragraphs() -> list[tuple[str, str]]:
    """(topic, text) for every new paragraph, in written order."""
    return [(topic, text) for topic, block in BATCHES for text in paragraphs(block)]


def assign(topics: list[str]) -> list[str]:
    """Split name per new paragraph: within each topic, every third in seeded-shuffle order is fit.

    Stratifying by topic keeps every topic in both splits.
    """
    rng = random.Random(SEED)
    split = ["eval"] * len(topics)
    # Topics in written order, so the result is deterministic.
    for topic in dict.fromkeys(topics):
        idxs = [i for i, t in enumerate(topics) if t == topic]
        rng.shuffle(idxs)
        for rank, idx in enumerate(idxs):
            if rank % 3 == 2:
                split[idx] = "fit"
    return split


def load_original(split: str) -> list[dict]:
    """The original records of a split, checked to be ``plaintext-<split>-000`` onward."""
    with (DATA / f"{split}.jsonl").open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    rows = rows[: ORIGINAL[split]]
    for i, r in enumerate(rows):
        assert r["id"] == f"plaintext-{split}-{i:03d}", (split, i, r["id"])
    return rows


def build() -> dict[str, str]:
    """File contents for both splits: original records, then the new ones."""
    new = new_paragraphs()
    splits = assign([topic for topic, _text in new])
    out: dict[str, list[dict]] = {s: load_original(s) for s in ("eval", "fit")}
    for (_topic, text), split in zip(new, splits):
        rows = out[split]
        rows.append({"id": f"plaintext-{split}-{len(rows):03d}", "text": text})
    return {
        s: "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        for s, rows in out.items()
    }


def main() -> None:
    files = build()
    if "--check" in sys.argv[1:]:
        for s, text in files.items():
            assert (DATA / f"{s}.jsonl").read_text(encoding="utf-8") == text, (
                f"{s}.jsonl is stale"
            )
        print("ok: data files match extend.py")
        return
    for s, text in files.items():
        (DATA / f"{s}.jsonl").write_text(text, encoding="utf-8")
        print(f"{s}: {text.count(chr(10))} records")


# Topic blocks: paragraphs separated by blank lines; BATCHES (below) names each block's topic.

FOOD = """
Table sugar is sucrose, and nearly all of it comes from two very different plants. Sugarcane is a
tall tropical grass whose stalks are crushed to release a sweet juice. Sugar beet is a pale root crop
grown in cooler climates, and its sugar is extracted by soaking thin slices in hot water. In both
cases the juice is purified, boiled down under reduced pressure until crystals form, and then spun in
a centrifuge to separate the crystals from the remaining syrup. That dark syrup is molasses. Brown
sugar is usually white sugar with some molasses added back, which gives it moisture, color, and a
deeper flavor.

The brown crust on seared meat, toasted bread, and roasted coffee comes largely from the Maillard
reaction, a group of chemical changes between amino acids and sugars. It proceeds quickly only at
temperatures well above the boiling point of water, which is why boiled meat stays gray while meat in
a hot pan browns. The reaction produces hundreds of new compounds that give savory, nutty, and roasted
flavors. Cooks encourage it by drying the surface of food before cooking, since surface water keeps
the temperature near one hundred degrees Celsius until it evaporates. Crowding a pan has the opposite
effect, because the food releases steam and ends up steaming instead of browning.

Egg whites can be whipped into a foam many times their original volume. Whites are mostly water with
dissolved proteins, and beating them forces air in as tiny bubbles. The mechanical stress partly
unfolds the proteins, which then link to one another around each bubble and form a flexible film that
holds the foam together. Even a trace of fat, such as a speck of yolk or a greasy bowl, interferes
with this process and can stop the whites from rising. Adding sugar slowly makes the foam glossy and
more stable, producing meringue. A pinch of cream of tartar, which is mildly acidic, also helps the
foam resist collapsing.

Corn tortillas depend on an old technique called nixtamalization, developed in Mesoamerica thousands
of years ago. Dried corn kernels are cooked and soaked in water made alkaline with lime, the mineral
calcium hydroxide, or sometimes with wood ash. This softens the tough outer skin of each kernel so it
can be rinsed away, and it changes the proteins and starches so that the ground corn forms a dough
that holds together. The treatment also makes the vitamin niacin in corn available to the body.
Communities that adopted corn as a staple without this step sometimes suffered from pellagra, a
disease caused by a lack of niacin in the diet.

Garlic has almost no smell while its cloves are intact. Its characteristic sharp aroma appears only
when the cells are damaged by cutting, crushing, or chewing. Damage brings together a sulfur-containing
compound and an enzyme that are normally stored apart, and their reaction produces allicin, the source
of the pungent bite of raw garlic. Allicin is unstable and soon breaks down into other sulfur
compounds, so the flavor changes over time. Finely crushed garlic tastes stronger than sliced garlic
because more cells are broken. Cooking tames the harshness, and long, slow roasting turns whole cloves
soft, sweet, and mild enough to spread on bread.

The heat of chili peppers comes from capsaicin, a compound concentrated in the pale inner ribs that
hold the seeds. Capsaicin does not actually burn anything. It binds to receptors in the mouth that
normally respond to high temperatures, so the nervous system reports a sensation of heat. Birds lack
the matching receptor and eat chilies without discomfort, which helps spread the seeds. The strength
of peppers is traditionally measured on the Scoville scale, ranging from zero for sweet bell peppers to
more than a million units for the hottest varieties. Because capsaicin dissolves in fat rather
than water, milk or yogurt soothes the mouth better than a glass of water.

Jam sets because of pectin, a natural substance found in the cell walls of fruit. When fruit is boiled
with sugar, pectin molecules are released into the liquid. Sugar draws water away from them, and acid
from the fruit reduces their electrical charge, allowing the long pectin chains to bond with one
another and form a loose network that traps the syrup. Apples, quinces, and citrus peel are rich in
pectin, while strawberries and cherries contain little and often need help from added pectin or a
high-pectin fruit. A traditional test for readiness is to drop a little hot jam onto a cold plate and
see whether it wrinkles when pushed.

Smoking is one of the oldest ways of preserving and flavoring food. Wood smoke contains compounds that
slow the growth of microbes and the spoilage of fats, and the gentle heat dries the surface of meat or
fish. Cold smoking keeps the food below about thirty degrees Celsius, so it flavors salmon or cheese
without cooking it, and it is usually combined with salting. Hot smoking cooks the food at the same
time. Different woods give different flavors: hickory and oak are strong, while apple and cherry are
milder and slightly sweet. Resinous softwoods such as pine are avoided because their smoke leaves a
bitter, sooty taste.

Brining means soaking meat in salty water before cooking, and it is especially popular for lean cuts
such as turkey breast and pork chops. Salt gradually moves into the meat and loosens some of the
muscle proteins, so they hold on to more water during cooking. The result is juicier meat that is
seasoned all the way through rather than only on the surface. A typical brine contains about five or
six percent salt by weight, and many cooks add sugar and herbs. Dry brining achieves a similar effect
by rubbing salt directly on the meat and leaving it in the refrigerator for several hours, which also
helps the skin crisp.

Citrus fruits are well known as a source of vitamin C, a nutrient that people, unlike most animals,
cannot make for themselves. The body needs it to build collagen, the protein that holds skin, gums,
and blood vessels together. A long shortage causes scurvy, which brings bleeding gums, loose teeth,
and wounds that will not heal. Scurvy killed many sailors on long ocean voyages, when crews lived for
months on salted meat and hard biscuits. In the eighteenth century, experiments by the Scottish naval
surgeon James Lind showed that oranges and lemons cured the condition, and the British navy later
issued lemon juice to its sailors.

Most bananas sold in shops around the world belong to a single variety called the Cavendish.
Cultivated bananas are seedless and are grown from shoots cut from existing plants, so every Cavendish
is genetically almost identical to every other. This uniformity makes the crop convenient to ship and
sell but leaves it vulnerable, because a pest or blight that attacks one plant can attack them all.
The variety that dominated trade before it, called Gros Michel, was largely wiped out on plantations
by a soil fungus in the twentieth century. Despite looking like a tree, the banana plant is a giant
herb whose trunk is made of tightly rolled leaf stalks.

Maple syrup is made from the sap of maple trees, mostly the sugar maple, in northeastern North America.
Sap flows best in early spring, when nights are below freezing and days are above it. These swings in
temperature build pressure inside the trunk, pushing sap out of small holes drilled into the tree.
Fresh sap is clear and watery, with only about two percent sugar, so it must be boiled for hours to
concentrate it. Roughly forty liters of sap are needed to make one liter of syrup. As the water
evaporates, the sugars brown slightly, developing the amber color and rich flavor that distinguish
real syrup from imitations.

Gelatin is a protein obtained by boiling the skin, bones, and connective tissue of animals, which
breaks down the collagen they contain. When dissolved in hot liquid and then cooled, the long gelatin
molecules partly wind back into coiled strands that tangle together and trap water, forming a soft,
wobbly gel. Unlike many thickeners, the gel melts near body temperature, which is why gelatin desserts
dissolve so smoothly in the mouth. Some fresh fruits, including pineapple, kiwi, and papaya, contain
enzymes that cut proteins, and they stop gelatin from setting unless the fruit is cooked first. Agar,
made from seaweed, is a common plant-based alternative.

Freezing preserves food because microbes cannot grow when most of the water is locked up as ice, and
the chemical reactions that cause spoilage slow almost to a stop. Speed matters, however. Slow freezing
forms large ice crystals that pierce cell walls, so thawed strawberries turn limp and watery. Fast
freezing produces many small crystals and less damage, which is why commercial producers use blast
freezers. Freezer burn is a separate problem. It appears as dry, grayish patches where ice on the
surface of the food has slowly turned directly into vapor. The food remains safe to eat, but wrapping
it tightly without air pockets prevents the damage.

A cut apple turns brown within minutes because of an enzyme called polyphenol oxidase. In the intact
fruit, the enzyme and the compounds it acts on are kept in separate parts of each cell. Slicing breaks
the cells open, and in the presence of oxygen from the air the enzyme converts these compounds into
substances that link together into brown pigments. The same reaction darkens bananas, potatoes, and
avocados. Lemon juice slows browning because its acidity weakens the enzyme and its vitamin C
interferes with the reaction. Briefly blanching vegetables in boiling water before freezing them works
differently, by destroying the enzyme with heat.
"""

NATURE = """
A tornado is a violently rotating column of air that reaches from a thunderstorm down to the ground.
Most strong tornadoes come from supercells, large storms with a deep, rotating updraft. Winds that
change speed and direction with height give the storm this spin, and under the right conditions part
of the rotation tightens into a narrow funnel. Tornadoes are usually less than a few hundred meters
wide, but their winds can be even stronger than those of the most powerful hurricanes. They are most common in the central United
States, where dry air from the west meets warm, moist air from the Gulf of Mexico. Forecasters issue
warnings when radar shows rotation in a storm.

Hurricanes, typhoons, and cyclones are the same kind of storm, named differently in different oceans.
They form over warm tropical seas, usually where the surface water is above about twenty-six degrees
Celsius. Warm, moist air rises, and as its water vapor condenses into clouds it releases heat that
drives the air still higher. The spin of the earth makes the inflowing air rotate, counterclockwise in
the Northern Hemisphere. At the center is a calm eye, often clear, surrounded by a wall of the
strongest winds and heaviest rain. Storms weaken over land or cool water because they lose their
supply of warm moisture, but flooding can continue for days.

A monsoon is a seasonal reversal of the prevailing winds, best known in South Asia. In summer, land
heats up much faster than the sea. Warm air over the land rises, and moist air from the Indian Ocean
flows in to replace it, bringing months of heavy rain. In winter the pattern reverses, and dry winds
blow from the cooled continent out to sea. Farmers across India and neighboring countries depend on
the summer rains for crops such as rice, so the timing and strength of the monsoon matter enormously
to the economy. Weaker monsoon systems also affect West Africa, northern Australia, and the
southwestern United States.

A heat wave is a period of unusually hot weather lasting several days or more. Definitions vary from
place to place, since a temperature that is ordinary in a desert city may be extreme in a cool coastal
one. Heat waves often occur when a large area of high pressure settles over a region and stays there.
Air beneath it sinks and warms, skies stay clear, and the sun heats the ground day after day. Cities
become especially hot because pavement and buildings absorb heat during the day and release it at
night, a pattern called the urban heat island. Warm nights are dangerous because the body gets no
chance to cool down.

The aurora, known as the northern or southern lights, is a glow in the upper atmosphere near the polar
regions. It begins with the sun, which constantly sends out a stream of charged particles called the
solar wind. When these particles reach the earth, its magnetic field steers many of them toward the
poles. There they collide with oxygen and nitrogen high above the ground, between about one hundred
and three hundred kilometers up, and the collisions make the gases emit light. Oxygen produces the
common green color and, higher up, a deep red, while nitrogen adds blue and purple. Strong solar
storms can push the aurora far from the poles.

Most large caves form in limestone, a rock made largely of calcium carbonate. Rainwater picks up
carbon dioxide from the air and especially from the soil, becoming a weak acid. As it seeps down
through cracks, it slowly dissolves the rock, widening the cracks into passages over hundreds of
thousands of years. Inside a cave, the process can run in reverse. When dripping water meets the cave
air, it loses some carbon dioxide and leaves behind a thin layer of mineral. Over time this builds
stalactites hanging from the ceiling and stalagmites rising from the floor, and where the two meet
they form a column.

Sand dunes are hills of loose sand shaped by the wind. They form where there is plenty of sand, little
vegetation to hold it, and wind strong enough to move it, as in deserts and along some coasts. Wind
lifts grains in short hops, a movement called saltation, pushing them up the gentle windward slope of
a dune. At the crest the sand tumbles down the steeper sheltered side, which stays at an angle of about
thirty-four degrees. Because sand is continually moved from one side to the other, the whole dune
slowly travels downwind. Dunes take many shapes, including crescents, long ridges, and star-shaped
mounds.

Stars twinkle because their light passes through a moving, uneven atmosphere. Air at different
temperatures bends light by slightly different amounts, and pockets of warm and cool air drift
constantly across the line of sight. A star is so far away that it appears as a single point, so these
shifting pockets make its brightness and position flicker rapidly. Planets usually shine more
steadily, because they are close enough to appear as tiny disks, and the flickering from different
parts of the disk averages out. Twinkling is strongest near the horizon, where light travels through
more air. Astronomers place telescopes on high mountains or in space to avoid it.

An eclipse happens when the sun, the earth, and the moon line up. In a solar eclipse, the moon passes
between the sun and the earth and casts its shadow on part of the planet. By coincidence, the sun is
about four hundred times wider than the moon and also about four hundred times farther away, so the
two look nearly the same size in the sky, allowing a total eclipse. In a lunar eclipse, the earth lies
between the sun and the moon, and the full moon darkens, often turning a coppery red from sunlight bent
through the atmosphere. Eclipses do not happen every month because the orbit of the moon is slightly
tilted.

A shooting star is not a star at all but a small piece of rock or dust from space burning up in the
atmosphere. Most are no larger than a grain of sand. They strike the air at tens of kilometers per
second, and the intense compression heats the particle and the surrounding air until they glow. Meteor
showers occur when the earth passes through a trail of debris left behind by a comet, so they return
on about the same dates each year. The Perseids in August and the Geminids in December are among the
most reliable. A fragment that survives the journey and reaches the ground is called a meteorite.

A geyser is a hot spring that periodically erupts, throwing water and steam into the air. Geysers need
a supply of groundwater, a strong source of heat such as hot rock in a volcanic area, and a narrow
system of underground channels. Water deep in the channels is heated above its normal boiling point
because of the pressure of the water above it. When some of it finally boils, the expanding steam
pushes water out of the vent, lowering the pressure below, and the superheated water flashes into
steam all at once. Yellowstone National Park in the United States contains about half of the geysers
in the world, including the famous Old Faithful.

Waterfalls often form where a river flows over a band of hard rock lying on top of softer rock. The
river wears away the soft rock faster, creating a step. Water plunging over the edge swirls at the base
and carves out a deep plunge pool, and spray erodes the soft layers behind the falls. Eventually the
hard cap is undercut and breaks off, so the waterfall slowly moves upstream, leaving a steep gorge
behind it. Niagara Falls has retreated several kilometers in this way since the end of the last ice
age. Waterfalls also form where glaciers deepened main valleys, leaving side valleys hanging high above
them.

A tsunami is a series of ocean waves caused by a sudden movement of a large volume of water, most often
by an undersea earthquake that lifts or drops the seafloor. Landslides and volcanic eruptions can also
trigger them. In the open ocean, a tsunami may be less than a meter high and pass beneath ships
unnoticed, yet it travels as fast as a jet airliner, and its wavelength can be hundreds of kilometers.
As it reaches shallow water near the coast, it slows and grows much taller. Often the sea first pulls
back far from the shore. Warning systems use seafloor pressure sensors and earthquake data to alert
coastal areas.

Fossils are traces of ancient life preserved in rock. Most form when a plant or animal is buried
quickly in mud, sand, or volcanic ash before it can rot or be scattered. Over long periods, the
sediment hardens into rock, and minerals carried by groundwater may fill the spaces inside bones and
shells or gradually replace the original material. Soft tissues rarely survive, so the fossil record
is dominated by hard parts such as teeth, bones, and shells. Footprints, burrows, and nests are also
fossils, called trace fossils. Scientists estimate the age of fossils from the layers of rock around
them and from radioactive elements in nearby volcanic rock.

Geologists group rocks into three families according to how they form. Igneous rocks, such as granite
and basalt, crystallize from molten rock, either slowly underground or quickly at the surface after an
eruption. Sedimentary rocks, such as sandstone and shale, build up from layers of particles worn from
older rocks and deposited by water or wind, then pressed and cemented together. Metamorphic rocks form
when existing rocks are changed by heat and pressure deep underground without fully melting, as when
limestone becomes marble. Over millions of years any rock can be transformed into another type, a
slow series of changes called the rock cycle.
"""

WEATHER_INSTRUMENTS = """
A liquid thermometer works because liquids expand when they warm and contract when they cool. A small
bulb holds the liquid, which connects to a very narrow glass tube. Even a tiny change in volume moves
the liquid a visible distance along the tube, so the scale can be marked finely. Mercury was used for
centuries because it expands evenly and stays liquid over a wide range, but because it is toxic, most
modern glass thermometers use colored alcohol instead. The Celsius scale sets zero at the freezing
point of water and one hundred at its boiling point at sea level. Many thermometers today are
electronic, sensing temperature through changes in electrical resistance.

The aneroid barometer, invented in the nineteenth century by the French scientist Lucien Vidi,
measures air pressure without any liquid. Its key part is a small, flat metal capsule from which most
of the air has been removed, with thin corrugated walls that flex easily. A spring keeps the capsule
from collapsing. As the outside pressure rises, the capsule is squeezed slightly thinner, and as it
falls, the capsule swells. Levers and a fine chain magnify these tiny movements to turn a pointer
across a dial. A barograph links the same mechanism to a pen that draws a continuous line on a paper
chart wrapped around a slowly turning drum. Aircraft altimeters work on the same principle.

An anemometer measures wind speed. The most familiar kind has three or four small cups mounted on
horizontal arms that spin around a vertical shaft. The open side of each cup catches more wind than its
rounded back, so the assembly turns faster as the wind strengthens, and counting the turns gives the
speed. Other designs use a small propeller pointed into the wind, or sound waves, measuring how long
pulses take to travel between sensors in different directions. Standard weather stations mount
anemometers ten meters above open ground, away from buildings and trees that slow and disturb the
flow. Records usually give both the average speed and the strongest gusts.

A wind vane shows the direction from which the wind is blowing. It is a rod that turns freely on a
vertical axis, with a pointer at one end and a broad fin at the other. Because the fin has more surface
area, the wind pushes it downwind, leaving the pointer facing into the wind. Winds are named for where
they come from, so a north wind blows from the north toward the south. Decorative weathervanes in the
shape of roosters have topped church steeples in Europe for many centuries. At modern weather
stations, the vane is connected to an electronic sensor that records its position continuously.

The simplest rain gauge is an open container with straight sides, since the depth of water collected
equals the depth of rain that fell, whatever the width of the opening. Practical gauges improve on this
with a funnel that leads the water into a narrow measuring tube, magnifying small amounts so they can
be read accurately. A tipping bucket gauge records automatically. Rain fills a small seesaw-shaped
bucket until it tips over, emptying itself and bringing a second bucket into place, and each tip is
counted electronically as a fixed amount of rain, often two tenths of a millimeter. Gauges are placed
in open ground, away from walls and overhanging trees.

A hygrometer measures humidity. One old design uses a human hair, which becomes slightly longer when
the air is damp and shorter when it is dry; linking the hair to a pointer gives a simple reading.
Another instrument, the psychrometer, uses two thermometers side by side. One has its bulb wrapped in a
wet cloth. Water evaporates from the cloth and cools that thermometer, and the drier the air, the faster
the evaporation and the bigger the difference between the two readings. Tables then convert the
difference into relative humidity. Modern electronic sensors measure how moisture changes the
electrical properties of a thin film of material.

Air temperature measured in the sun is not a true air temperature, because the thermometer absorbs
sunlight and becomes warmer than the air around it. Weather stations therefore keep their thermometers
inside a shelter, traditionally a white wooden box called a Stevenson screen, named after the Scottish
engineer Thomas Stevenson. The box is painted white to reflect sunlight, and its sides are made of
double louvers, slanted slats that let air circulate freely while blocking direct sun and rain. It
stands on legs so that the instruments sit between about one and two meters above the ground, usually
over grass. Standard shelters make readings from different stations comparable.

Weather radar finds rain, snow, and hail by sending out short pulses of microwaves and listening for
echoes. The antenna turns steadily and tilts at several angles, building up a three-dimensional picture
of the surrounding sky. Larger drops and heavier precipitation return stronger echoes, which are shown
on maps in colors from light green to deep red. The time each echo takes to return gives the distance
to the rain. Doppler radars also measure the small change in frequency caused by drops moving toward or
away from the antenna, which reveals wind patterns inside storms, including rotation that can produce
tornadoes. Radars typically reach out a few hundred kilometers.

Weather satellites watch the atmosphere from two kinds of orbit. Geostationary satellites circle about
thirty-six thousand kilometers above the equator, moving at exactly the speed the earth rotates, so
each one always watches the same large part of the globe and can send images every few minutes.
Polar-orbiting satellites fly much lower, passing close to both poles as the earth turns beneath them,
and they scan the whole planet in strips about twice a day, in greater detail. Satellite instruments
see both visible light and infrared radiation, which reveals the temperature of cloud tops and the
ground, even at night. Their measurements are fed directly into forecasting models.

The Campbell-Stokes sunshine recorder measures how many hours of bright sunshine a place receives,
using no electricity at all. Its main part is a solid glass sphere mounted above a curved metal holder
that grips a card marked with the hours of the day. The sphere acts as a lens, focusing the rays of the
sun to a hot point on the card. When the sun shines brightly, the point burns a line, and as the sun
moves across the sky, the burn moves along the card. When clouds pass, the burning stops, leaving gaps.
At the end of the day an observer measures the length of the burned trace to find the total hours of
sunshine.

Measuring snow is harder than measuring rain. Wind blows snow into drifts and sweeps it off open
ground, so a single reading can be misleading. Observers often use a snow board, a flat white board
placed on top of the old snow, and measure the depth of new snow on it with a ruler before clearing it
for the next observation. They also take several depth readings around an open area and average them.
Because fresh snow can be light and fluffy or heavy and wet, forecasters care about its water content
too. A sample is melted and measured like rain; on average, ten centimeters of snow yields roughly one
centimeter of water.
"""

SPORTS = """
In association football, known in many countries as soccer, the offside rule stops attackers from
simply waiting beside the opposing goal. A player is in an offside position if, when a teammate passes
the ball, the player is in the opponents' half and closer to their goal line than both the ball and the
second-to-last defender, counting the goalkeeper as a defender. Being in that position is not an
offense by itself. The player is penalized only for becoming involved in the play. There is no offside
from a throw-in, a goal kick, or a corner kick. The assistant referees who run along the touchlines
are positioned to watch for offside.

Basketball was invented in 1891 by James Naismith, a physical education teacher in Springfield,
Massachusetts, who wanted an indoor game for the winter. The first baskets were peach baskets nailed to
a balcony. Today each team has five players on the court, and the hoop hangs just over three meters
above the floor. A basket counts two points, or three if the shot is taken from beyond a curved line
far from the hoop, and each free throw after certain fouls counts one point. Players must bounce the
ball while moving with it, a skill called dribbling. A shot clock forces the team with the ball to
attempt a shot within a limited time.

Tennis has an unusual scoring system. Points within a game are counted as love, fifteen, thirty, and
forty, and the next point wins the game, unless both players reach forty. That score is called deuce,
and a player must then win two points in a row to take the game. Games are grouped into sets, and the
first player to win six games, with a lead of at least two, wins the set. If the score reaches six
games all, a tiebreak is usually played. Matches are best of three sets or, in men's major tournaments,
best of five. The origin of the word love for a score of zero is uncertain.

Cricket is played between two teams of eleven on a large oval field with a narrow strip called the
pitch in the middle. At each end of the pitch stands a wicket of three wooden stumps topped by two
small pieces called bails. A bowler delivers the ball with a straight arm toward the batter, who tries
to protect the wicket and hit the ball away to score runs by running between the wickets. Hitting the
ball over the boundary scores four runs, or six if it clears the boundary without bouncing. A batter
is out if the bowler hits the wicket, if a fielder catches the ball before it lands, or in several
other ways.

A baseball game normally lasts nine innings. In each inning both teams bat once, and a team's turn at
bat ends when three of its players are put out. The pitcher throws the ball toward home plate, and the
batter tries to hit it into fair territory and run around the four bases. A pitch that passes through
the strike zone, roughly between the batter's knees and chest, is a strike if the batter does not hit
it, as is a swing that misses. Three strikes and the batter is out, while four pitches outside the
zone, called balls, let the batter walk to first base. A run scores when a player reaches home safely.

Volleyball was created in 1895 by William Morgan in Holyoke, Massachusetts, as a gentler indoor game
than basketball. Two teams of six players face each other across a high net. Not counting a block, a
team may touch the ball up to three times before sending it back over, and the same player may not
touch it twice in a row, so a typical attack runs from a pass to a set to a spike. The ball may not be
caught or held. Modern matches use rally scoring, in which a point is won on every serve, whichever
team served. Sets are played to twenty-five points with a two-point lead, and the first team to win
three sets wins the match.

Chess is played on a board of sixty-four squares, with each player starting with sixteen pieces: a
king, a queen, two rooks, two bishops, two knights, and eight pawns. Each kind of piece moves in its
own way. The rook moves in straight lines, the bishop diagonally, and the queen in either way, while
the knight jumps in an L shape and is the only piece that can pass over others. Pawns move forward but
capture diagonally, and one that reaches the far side is promoted, usually to a queen. The aim is
checkmate, attacking the opposing king so that it cannot escape. If a player has no legal move but is
not in check, the game is a draw by stalemate.

The marathon is a running race of 42.195 kilometers. Its name comes from a Greek legend in which a
messenger ran from the battlefield at Marathon to Athens to announce victory over the Persians, then
collapsed and died. The race was included in the first modern Olympic Games in Athens in 1896, over a
distance of roughly forty kilometers. The length varied for some years and was fixed at its present
figure in 1921, based on the course used at the 1908 London Olympics, which started at Windsor Castle
and finished in front of the royal box in the stadium. Today major city marathons attract tens of
thousands of runners.

Competitive swimming uses four strokes. Freestyle allows any stroke, but nearly everyone chooses the
front crawl, with alternating arms and a fluttering kick, because it is the fastest. Backstroke is
similar but swum on the back, and it is the only race started in the water. Breaststroke uses a
simultaneous sweeping arm pull and a frog-like kick and is the slowest of the four. Butterfly moves both
arms together over the water while the legs perform a wave-like dolphin kick. In individual medley
events, a swimmer uses all four strokes in turn. Olympic pools are fifty meters long, and electronic
touch pads at each end record times to a hundredth of a second.

In golf, players try to hit a small ball from a starting area called the tee into a hole on a smooth
green, using as few strokes as possible. A standard course has eighteen holes, and each one has a par,
the number of strokes an expert is expected to need, usually three, four, or five depending on its
length. Finishing a hole one stroke under par is called a birdie, two under an eagle, and one over a
bogey. Players carry a set of clubs with faces set at different angles. Long clubs called woods and
drivers send the ball far, irons are used for shorter shots, and a putter rolls the ball along the
green toward the hole.

Rugby union is played by two teams of fifteen with an oval ball. Players may run with the ball and kick
it, but may pass it only sideways or backward with their hands, so a team advances by running,
kicking, and supporting one another. The main way to score is a try, worth five points, made by
grounding the ball over the opponents' goal line. A successful conversion kick afterward adds two
points. Penalty kicks and drop goals through the tall H-shaped posts are worth three. When play stops
for minor infringements, it restarts with a scrum, in which the forwards of both teams bind together
and push against each other to win the ball.

Ice hockey is played on a rink with rounded corners, surrounded by boards about a meter high. Each team
has six players on the ice at a time, usually a goaltender, two defenders, and three forwards, who
skate and use sticks to pass and shoot a hard rubber disk called a puck. Because skating at full speed
is so tiring, players change in groups every minute or so, often while play continues. A game has
three periods of twenty minutes of playing time. Players who break rules, for instance by tripping or
holding, are sent to a penalty box for a set time, leaving their team shorthanded, a situation called a
power play for the other side.

Table tennis is played on a hard table two point seven four meters long, divided by a low net. Players
hit a light hollow ball with small paddles covered in rubber, and the ball must bounce once on the
opponent's side of the table before it is returned. A game goes to eleven points and must be won by
two clear points, and matches are usually the best of five or seven games. The server must toss the
ball up from an open palm and strike it so that it bounces on their own side first. Modern rubber
surfaces allow players to put extreme spin on the ball, making it curve in the air and kick
unpredictably off the table.
"""

MUSIC = """
A piano makes sound by striking strings with felt-covered hammers. Pressing a key sets off a system of
levers, called the action, that throws a hammer against the strings and lets it fall back immediately
so the strings can vibrate freely. At the same moment, a damper lifts off the strings, and it returns
to silence them when the key is released. Most notes have two or three strings tuned together for a
fuller sound. A large wooden soundboard amplifies the vibrations. The instrument was invented around
1700 in Italy by Bartolomeo Cristofori, and its full name, pianoforte, refers to its ability to play
both softly and loudly depending on touch.

The violin family includes the violin, viola, cello, and double bass, all with four strings stretched
over a wooden body. The player draws a bow strung with horsehair across the strings. Rosin rubbed onto
the hair makes it grip the string, pull it sideways, and let it snap back many times a second,
producing a sustained tone. A small wooden bridge carries the vibration to the body, and a thin post
inside, called the sound post, passes it between the top and back. Pressing strings against the
fingerboard shortens their vibrating length and raises the pitch. The violin reached its classic form
in northern Italy in the sixteenth and seventeenth centuries.

A guitar has metal strips called frets set into its neck at carefully calculated distances. When a
player presses a string just behind a fret, the fret becomes the new end of the vibrating part of the
string, raising the note. Each fret raises the pitch by one semitone, and because each step needs a
string about six percent shorter, the frets become closer together toward the body. At the twelfth
fret the string is exactly half its open length and sounds one octave higher. A standard guitar has
six strings tuned to the notes E, A, D, G, B, and E. On an acoustic guitar, the hollow body and round
sound hole amplify the vibrating strings.

Brass instruments make sound through the lips of the player, who presses them against a cup-shaped
mouthpiece and buzzes them. The tube of the instrument shapes that buzz into a note. By tightening or
loosening the lips, a player can pick out a series of pitches from the natural harmonics of the tube,
which is how a bugle plays its calls. A trumpet adds three valves. Pressing a valve sends the air
through an extra loop of tubing, lengthening the instrument and lowering the pitch, and combining
valves fills in the gaps between the harmonics. The trombone achieves the same result differently,
with a slide that changes the length of the tube smoothly.

A flute produces sound without a reed. The player blows a narrow stream of air across the edge of the
mouth hole, much as one might blow across the top of a bottle. The airstream flips rapidly back and
forth over the edge, and the column of air inside the tube vibrates in step with it. Covering and
uncovering holes along the tube changes the effective length of the air column and thus the pitch. The
modern concert flute is made of metal and uses a system of keys developed by the German flute maker
Theobald Boehm in the nineteenth century. Even so, the flute is counted among the woodwinds, because
of how it makes its sound.

The clarinet and the saxophone use a single reed, a thin flexible strip of cane clamped against the
mouthpiece. When the player blows, the reed vibrates, opening and closing the narrow gap many times a
second and releasing puffs of air into the instrument. The oboe and the bassoon use a double reed
instead, two blades of cane bound together that vibrate against each other. Players often shape and
adjust their reeds by hand, since small differences in thickness change the tone. The clarinet has a
cylindrical bore, which gives it a dark low register and causes it to overblow at a twelfth rather
than an octave, unlike most other woodwinds.

A drum makes sound when a stretched membrane, called a head, is struck and vibrates. Heads were
traditionally made of animal skin and are now often plastic. Tightening the head raises its pitch, and
many drums have tension rods around the rim for tuning. Most drums produce a complex sound without a
clear note, but timpani, the large kettle-shaped drums of the orchestra, are tuned to specific
pitches, often using a pedal that changes the tension while playing. A snare drum has a set of wire
coils stretched across its bottom head, which rattle against it to give a crisp, buzzing crack. A drum
kit combines several drums with cymbals.

A pipe organ produces sound by sending pressurized air through pipes, each of which plays a single
note. Large organs have thousands of pipes, from tiny ones no longer than a pencil to giants over ten
meters tall. Pipes are arranged in sets called ranks, each with a distinct tone color, and the organist
selects which ranks sound by pulling knobs called stops. Some pipes work like whistles, with air
striking a sharp edge, while others contain a vibrating metal reed. The organist plays on several
keyboards with the hands, called manuals, and on a pedalboard with the feet. Before electric blowers,
assistants pumped bellows by hand to supply the wind.

The harp is one of the oldest stringed instruments, shown in art from ancient Mesopotamia and Egypt.
Its strings run from a soundboard up to a curved neck, and the player plucks them with the fingers of
both hands. A modern concert harp has forty-seven strings and seven pedals at its base, one for each
note of the scale. Each pedal can be set in three positions, and moving it turns small discs that grip
all the strings of that note, such as every C, raising them by a semitone or two. This system lets the
harp play in any key. To help players find their place, the C strings are usually dyed red.

Musicians tune to a shared reference pitch so that instruments sound in agreement. Today the standard
is the A above middle C vibrating at 440 cycles per second, or 440 hertz, a value adopted
internationally in the twentieth century. Earlier, pitch varied from city to city and era to era,
sometimes by more than a semitone. The tuning fork, invented in 1711 by the English trumpeter John
Shore, gave a reliable reference. When struck, its two prongs vibrate at a fixed frequency set by
their length and thickness, producing a pure, steady tone. In an orchestra, the oboe usually sounds
the tuning note, because its pitch is stable and easy to hear.

A metronome sets a steady beat for musicians to practice with. The mechanical version, patented in
1815 by Johann Maelzel, uses an upside-down pendulum driven by a wound spring. A small weight slides
along the pendulum rod, and moving it higher slows the swing while moving it lower speeds it up. Each
swing produces a click. Tempo is measured in beats per minute, and the rod is marked with a scale from
about forty to over two hundred. Composers began writing metronome numbers on their scores, and
Beethoven was one of the first to do so. Today many musicians use electronic metronomes or phone apps
that can also mark accented beats.

The accordion, the harmonica, and the concertina all make sound with free reeds. A free reed is a thin
metal tongue fixed at one end over a closely fitting slot. When air flows through the slot, the reed
swings back and forth through it, chopping the airflow into rapid pulses that form the tone. The pitch
depends on the length and thickness of the reed. In an accordion, the player pumps bellows with one
arm while pressing keys or buttons that open valves to particular reeds. Many accordions also have
buttons that play whole chords. Free reed instruments became popular in Europe during the nineteenth
century and spread around the world with emigrants.

An electric guitar usually has a solid body and makes little sound on its own. Its strings are made of
steel, and beneath them sit pickups, each made of magnets wrapped with thousands of turns of very thin
copper wire. When a string vibrates above a magnet, it disturbs the magnetic field, and this changing
field produces a small electric current in the coil that follows the motion of the string. The signal
travels through a cable to an amplifier and loudspeaker. Pickups near the neck give a warm, round
tone, while those near the bridge sound brighter. Effects units can then distort, echo, or otherwise
alter the sound.
"""

TRANSPORT = """
A steam locomotive carries its own power station. A fire burning coal or wood heats water in a boiler,
which has many tubes running through it so that hot gases can pass close to as much water as possible.
The resulting high-pressure steam is piped into cylinders, where it pushes pistons back and forth.
Connecting rods turn this motion into the rotation of the large driving wheels. Used steam escapes up
the chimney, and its puffs draw air through the fire, making it burn harder as the engine works
harder. A tender coupled behind the locomotive carries fuel and water. Steam locomotives ran the
railways of the world for more than a century.

Most car engines run on a four-stroke cycle. In the first stroke, a piston moves down inside a
cylinder and draws in a mixture of air and fuel through an open valve. In the second, the valves close
and the piston moves up, squeezing the mixture. At the top, a spark plug ignites it, and the burning
gases expand and drive the piston down in the third stroke, which delivers power. In the fourth, the
piston rises again and pushes the exhaust out through another valve. The pistons are linked to a
crankshaft, which turns their up-and-down motion into rotation. Diesel engines compress air so much
that the fuel ignites without a spark.

A car engine works well only within a certain range of speeds, while the wheels must turn anywhere from
a crawl to highway speed. A gearbox bridges this gap. Low gears let the engine spin quickly while the
wheels turn slowly with great force, which helps when starting from rest or climbing a hill. Higher
gears let the car cruise fast with the engine turning at a moderate, economical rate. In a manual car,
the driver presses a clutch pedal to separate the engine from the gearbox briefly while changing gear.
Automatic transmissions do this on their own, traditionally using a fluid coupling called a torque
converter and sets of planetary gears.

An airplane wing produces lift by deflecting air downward. The wing is shaped and tilted slightly so
that air flowing over and under it is turned toward the ground. Pushing air down creates an equal and
opposite push upward on the wing. At the same time, air moving over the curved upper surface speeds up
and its pressure falls, while pressure below the wing stays higher, and this pressure difference is
another way of describing the same lift. Lift increases with speed and with the angle of the wing, but
if the angle becomes too steep, the airflow separates from the upper surface and lift collapses
suddenly. Pilots call this a stall.

A jet engine pushes an aircraft forward by throwing a large amount of air backward at high speed. At
the front, a compressor made of many rows of spinning blades squeezes incoming air. Fuel is sprayed
into the compressed air and burned in a combustion chamber, making the gas extremely hot. The hot gas
rushes through a turbine, turning it, and the turbine drives the compressor through a shaft before the
gas leaves through the exhaust nozzle. Most airliners use turbofan engines, with a large fan at the
front driven by the turbine. Much of the air pushed by the fan bypasses the core entirely, which makes
the engine quieter and more efficient.

A steel ship floats even though steel is much denser than water. The reason is that the hull is mostly
empty space. A floating object sinks until it has pushed aside a weight of water equal to its own
weight, a principle described by the Greek mathematician Archimedes. Because a hull encloses so much
air, it displaces enough water to support the heavy steel long before the deck reaches the waterline.
Loading cargo makes the ship sit lower. Many merchant ships carry a load line, also called a Plimsoll
line, painted on the side, showing how deep they may safely sit in the water in different seasons and
seas.

A canal lock lifts or lowers boats between stretches of water at different levels. It is a chamber with
watertight gates at each end. To go up, a boat enters the chamber from the lower level and the gates
behind it close. Valves, called paddles or sluices, are then opened to let water from the upper level
flow in, and the boat rises with it. When the water in the chamber matches the upper level, the front
gates open and the boat continues. Going down works in reverse. Many locks use mitre gates, which meet
at an angle pointing upstream, so that the pressure of the water holds them tightly closed.

The first underground railway opened in London in 1863, running between Paddington and Farringdon. Its
trains were pulled by steam locomotives, and the tunnels were built mostly by digging a trench along
the street, laying the tracks, and covering it again, a method called cut and cover. Smoke in the
tunnels was a constant problem until electric trains arrived in the 1890s, along with deeper tunnels
bored through clay. Other cities followed, including Budapest, Paris, New York, and later Moscow and
Tokyo. Today, metro systems carry millions of passengers a day in large cities, because trains running
beneath the streets avoid the traffic above.

Electric trains draw power from the grid instead of carrying their own fuel. On many main lines, a wire
hangs above the track, held at a steady height and tension so that a sprung arm on the roof of the
train, called a pantograph, can slide along it smoothly at high speed. The current flows through the
motors and returns through the rails. Some city railways instead use a third rail beside the track,
which a metal shoe on the train touches. Electric trains accelerate quickly, produce no exhaust along
the line, and can return energy to the supply when slowing down, a method called regenerative braking.

A helicopter lifts itself with a large rotor, whose long, narrow blades work like spinning wings. The
pilot changes lift by adjusting the angle of all the blades together, and steers by tilting the rotor
so that each blade takes a bigger bite of air at one part of its circle than at another. Turning the
main rotor pushes the body of the helicopter to spin the opposite way, so most helicopters have a small
tail rotor that pushes sideways to cancel this effect. Others use two main rotors turning in opposite
directions. Helicopters can take off vertically and hover, which makes them valuable for rescues and
for reaching places without runways.

The standard shipping container changed world trade. Before the 1950s, cargo was loaded onto ships
piece by piece, in sacks, barrels, and crates, and a ship could spend as long in port as at sea. In
1956 an American trucking businessman, Malcolm McLean, shipped goods in large metal boxes that could be
lifted straight from a truck onto a ship. Containers later came in standard sizes, most commonly twenty
and forty feet long, with corner fittings that let cranes, trucks, and trains handle any of them. Ship
capacity is measured in twenty-foot equivalent units. The largest container ships now carry more than
twenty thousand of them.

Air traffic control keeps aircraft safely separated from one another. Controllers in an airport tower
handle planes on the runways and in the air close by, giving permission to take off and land. Once an
aircraft climbs away, responsibility passes to approach and then area controllers, who watch large
sections of airspace on radar screens and give pilots instructions on height, heading, and speed.
Aircraft carry a device called a transponder, which answers radar signals with an identifying code and
the altitude of the aircraft. Controllers keep planes a minimum distance apart, both horizontally and
vertically. English is the standard language of international aviation, and set phrases reduce
misunderstandings.

Trams, also called streetcars, are rail vehicles that run along city streets, often sharing space with
other traffic. The earliest were pulled by horses along rails, which let a single horse pull far more
people than on a rough road. Cable cars, pulled by a moving cable beneath the street, appeared in the
1870s and still operate on the hills of San Francisco. Electric trams spread rapidly from the late
1880s, taking power from overhead wires. Many cities tore up their tram lines in the middle of the
twentieth century in favor of buses and cars, but since the 1980s many have built new light rail
lines, which cost far less than subways.

Seat belts and airbags work by slowing a person down more gradually during a crash. A car may stop
within a fraction of a second, but an unrestrained person keeps moving until striking the dashboard or
windshield. A three-point belt, which crosses the lap and the chest, spreads the force over the strong
bones of the pelvis and rib cage. Many belts include a pretensioner that tightens them instantly when a
crash begins. Airbags inflate in about thirty thousandths of a second, filled with gas from a rapid
chemical reaction, and then deflate through small vents to cushion the occupant. The three-point belt
was introduced by Volvo in 1959.
"""

MATERIALS = """
Steel is iron mixed with a small amount of carbon, usually less than two percent. Pure iron is fairly
soft, but carbon atoms lodged between the iron atoms make it much harder and stronger. Most steel is
made by first smelting iron ore in a blast furnace with coke, a fuel made from coal, producing molten
pig iron that contains too much carbon. Blowing pure oxygen through the molten iron then burns away the
excess carbon and other impurities. Much steel is also made by melting scrap in electric arc furnaces.
Heat treatment changes its properties further: heating steel and plunging it into water makes it very
hard but brittle.

Aluminum is the most abundant metal in the crust of the earth, yet it was once more valuable than
silver, because it is very hard to separate from its ores. In 1886, Charles Martin Hall in the United
States and Paul Héroult in France independently found a practical method. Aluminum oxide, refined from
an ore called bauxite, is dissolved in a molten mineral called cryolite, and a strong electric current
passed through the bath separates the metal. The process uses a great deal of electricity, so smelters
are often built near cheap hydroelectric power. Aluminum is light, conducts electricity well, and
resists corrosion because a thin oxide layer protects its surface.

Copper was one of the first metals people worked, since it sometimes occurs in nearly pure form and can
be hammered into shape without heating. Mixing it with tin produced bronze, harder than either metal,
which gave its name to the Bronze Age. Today copper is valued mostly because it conducts electricity
better than any other common metal except silver, so it fills the wires inside walls, motors, and
electronics. It also conducts heat well, which makes it good for cookware and pipes. When exposed to
air and moisture for many years, copper slowly develops a green coating called a patina, which is why
old copper roofs and statues look green.

Freshly cut wood contains a great deal of water, sometimes more than its own dry weight. Before it can
be used for furniture or building, it must be dried, or seasoned. As wood dries, it shrinks, and it
shrinks much more around the growth rings than along the length of the tree, which can make boards
twist, bow, or split. Air drying in stacks with spacers between boards can take a year or more, while
kilns heat the wood and control humidity to dry it in days or weeks. Even after seasoning, wood keeps
absorbing and releasing moisture from the air, which is why wooden drawers stick in humid summers.

Natural rubber comes from latex, a milky fluid that flows when the bark of the rubber tree is cut in
thin spiral grooves. The tree is native to the Amazon basin, but most natural rubber is now grown in
Southeast Asia. Raw rubber has serious drawbacks: it turns sticky in heat and brittle in cold. In 1839
the American inventor Charles Goodyear found that heating rubber with sulfur solved these problems.
This process, called vulcanization, forms chemical links between the long rubber molecules, making the
material elastic and durable across a wide range of temperatures. Synthetic rubbers made from
petroleum were developed in the twentieth century and now make up most production.

Cotton fibers grow from the seeds of the cotton plant, which produces fluffy white bolls after it
flowers. Each fiber is a single long cell made almost entirely of cellulose. When the boll opens and
the fibers dry, they collapse into flat, twisted ribbons, and these natural twists help them cling
together when spun into yarn. Separating the fibers from the sticky seeds by hand was slow until the
cotton gin, patented by Eli Whitney in 1794, did the job mechanically. Cotton cloth is soft, absorbs
water well, and tolerates hot washing, which makes it popular for towels and underwear. Growing the
plant requires a long warm season and plenty of water.

Wool is the fleece of sheep, though similar fibers come from goats, camels, and rabbits. Each wool
fiber is covered with tiny overlapping scales, like the shingles on a roof. When wool is rubbed in hot,
soapy water, the scales catch on one another and lock the fibers together, which is why a wool sweater
can shrink and thicken in the wash. This process, called felting, is used deliberately to make felt.
The natural crimp of wool fibers traps air, giving warmth, and wool can absorb a good deal of moisture
before it feels damp. Fresh fleece contains lanolin, a greasy substance that is removed by washing and
used in skin creams.

Silk comes from the cocoons of the silkworm, the caterpillar of a moth that feeds on mulberry leaves.
When ready to transform into a moth, the caterpillar spins a cocoon from a single continuous thread
that can be hundreds of meters long. To collect it, the cocoons are softened in hot water and the
threads from several are unwound together and twisted into yarn. Silk was produced in China for
thousands of years, and its methods were closely guarded. The trade routes that carried it westward
across Asia later became known as the Silk Road. Silk is strong for its weight, smooth, and has a
natural shine.

Leather is animal hide that has been treated so that it does not rot and stays flexible. After the hair
and flesh are removed, the hide is tanned, a process that binds chemicals to the collagen fibers in the
skin and stabilizes them. The oldest method uses tannins, bitter substances from tree bark, leaves, and
other plant material, and produces firm leather suited to belts and shoe soles. Most leather today is
tanned with chromium salts, which is faster and gives a softer, more water-resistant material. Tanning
was traditionally a smelly trade, and tanneries were often placed on the edges of towns and downstream
on rivers.

Pottery is made from clay, a fine-grained earth that becomes plastic when wet because its tiny flat
particles slide over one another. Shaped by hand or on a spinning wheel, a pot is left to dry and then
fired in a kiln. Heat drives out the remaining water and causes permanent chemical changes, turning the
clay into a hard ceramic that will not soften again. Earthenware is fired at relatively low
temperatures and stays porous unless glazed. Stoneware and porcelain are fired much hotter, so their
particles partly melt together into a dense, watertight body. A glaze is a thin glassy coating,
applied as a powder in water and melted during firing.

Bricks are among the oldest manufactured building materials. The earliest were shaped from mud and
straw and dried in the sun, and such bricks are still used in dry climates. Fired bricks, baked in a
kiln, are far stronger and resist rain, and they were widely used by the Romans. Modern bricks are
usually made from clay pressed or extruded into shape, cut to size, dried, and fired at around one
thousand degrees Celsius. Their color comes mostly from minerals in the clay: iron produces reds, while
clays low in iron give yellow or cream. Bricklayers arrange bricks in patterns called bonds, staggering
the joints so that walls stay strong.

Stainless steel resists rust because it contains chromium, at least about ten and a half percent. The
chromium reacts with oxygen in the air to form a layer of oxide only a few atoms thick, invisible yet
tightly attached to the surface. This layer keeps water and oxygen away from the iron beneath. If the
surface is scratched, the layer quickly forms again. Many stainless steels also contain nickel, which
makes them easier to shape and improves corrosion resistance. Harry Brearley of Sheffield, England, is
often credited with developing the material in 1913 while studying steels for gun barrels. It is now
common in kitchens, hospitals, and food factories.

Nylon was the first fully synthetic fiber to become a commercial success. It was developed at the
chemical company DuPont in the 1930s by a team led by Wallace Carothers and was first sold in toothbrush
bristles and then in women's stockings, which were an immediate hit. Nylon and its later rival
polyester are polymers, long chains of repeating molecular units made from chemicals derived mostly
from petroleum. Molten polymer is forced through tiny holes to form continuous filaments, which are
stretched to line up the molecules and make them strong. Synthetic fibers resist wrinkles and dry
quickly, but they absorb little moisture, and washing sheds tiny fibers.

Corrugated cardboard gets its strength from shape rather than thickness. It is made from sheets of
paper: a middle sheet is steamed and pressed between ridged rollers into a wavy pattern called fluting,
and then it is glued between two flat liner sheets. The arches of the fluting resist crushing, and the
liners keep them from spreading, much as the arches of a bridge carry weight. The result is a board
that is light but stiff and able to cushion its contents. Corrugated paper was patented in England in
1856 as a lining for tall hats, and corrugated boxes became common for shipping in the early twentieth
century.

Bamboo is a grass, not a tree, although some species grow more than twenty meters tall. It is among the
fastest-growing plants in the world; certain kinds can add nearly a meter in a single day during their
growth season. A new shoot emerges from the ground at its full final width and simply extends, with
hollow sections separated by solid joints called nodes. The stems, called culms, are light, strong,
and flexible, and in much of Asia they have long been used for scaffolding, furniture, fences, and
pipes. Many bamboos flower only rarely, at intervals of decades, and whole groves of one species may
flower and die at once.
"""

MONEY = """
When people deposit money in a bank, the bank does not simply keep it in a vault. It keeps part of the
money available for withdrawals and lends much of the rest to other customers, such as families buying
homes and businesses buying equipment. The bank charges borrowers a higher interest rate than it pays
depositors, and the difference helps cover its costs and earn a profit. This system works because on a
normal day only a small share of depositors ask for their money back. To protect savers if a bank
fails, many countries run deposit insurance schemes that guarantee accounts up to a certain amount.

Interest is the price of borrowing money, usually expressed as a percentage per year. With simple
interest, it is calculated only on the original amount. With compound interest, the interest earned is
added to the balance, and in the next period interest is charged on that larger sum. Over many years
the difference becomes large. At five percent a year compounded annually, a savings balance doubles in
roughly fourteen years, whereas simple interest would take twenty. A handy estimate called the rule of
seventy-two says that dividing seventy-two by the annual percentage rate gives the approximate number
of years needed to double. Compounding works just as powerfully against borrowers who carry debt.

Inflation is a general rise in prices over time, which means that each unit of money buys a little
less. Governments track it by following the prices of a basket of common goods and services, such as
food, rent, fuel, and transport, and calculating how much the total cost changes from year to year. The
result is a consumer price index. Moderate, steady inflation of a couple of percent a year is
considered normal by many economists. High inflation makes planning difficult and erodes savings, while
falling prices, called deflation, can also harm an economy by encouraging people to delay purchases.
Wages and pensions are often adjusted to keep pace with inflation.

A central bank manages the money and banking system of a country. Examples include the Federal Reserve
in the United States, the European Central Bank, and the Bank of England, founded in 1694. Its main
tool is a short-term interest rate that influences the rates commercial banks charge one another and
their customers. Raising this rate makes borrowing more expensive, which tends to slow spending and
reduce inflation, while lowering it encourages borrowing and economic activity. Many central banks
have a target for inflation, often around two percent a year. They also supervise banks and can act as
a lender of last resort, providing emergency loans during a financial panic.

A cheque, spelled check in American English, is a written instruction from an account holder telling
their bank to pay a stated amount to a named person or company. The writer fills in the date, the
payee, the amount in both figures and words, and signs it. Writing the amount twice makes alteration
harder. The recipient deposits the cheque at their own bank, which then collects the money from the
bank of the writer through a clearing system. Numbers printed along the bottom in special magnetic ink
allow machines to read the bank and account details quickly. Cheque use has fallen sharply in most
countries as electronic transfers and cards have taken over.

Debit cards and credit cards look alike but work differently. A debit card takes money directly from
the bank account of the holder, usually within a day or two, so spending is limited by the money
actually available. A credit card lets the holder borrow from the card issuer up to a credit limit. Each
month the holder receives a statement and may pay the full balance, often without any interest, or pay
only part and be charged interest on the rest, usually at a high rate. Shops pay a small fee on each
card payment. Modern cards contain a chip that creates a unique code for every transaction, making
copied cards harder to use.

A mortgage is a loan used to buy property, in which the property itself serves as security. If the
borrower stops making payments, the lender can eventually take the property and sell it to recover the
debt. Most home buyers pay a deposit, a share of the price from their own savings, and borrow the rest.
Repayment usually takes place over twenty to thirty years in monthly installments. In the early years,
most of each payment covers interest, and only a small part reduces the amount owed, but the balance
falls faster as time goes on. Interest rates may be fixed for a period or may vary with market rates.

An exchange rate is the price of one currency in terms of another. Most major currencies float, meaning
their rates are set by supply and demand in foreign exchange markets, where banks, businesses, and
investors trade enormous sums every day. If demand for the goods or investments of a country rises,
buyers need its currency, and the currency tends to strengthen. A strong currency makes imports cheaper
for residents but makes the exports of the country more expensive abroad. Some governments instead peg
their currency to another, such as the United States dollar, and use their reserves to hold the rate
steady. Travelers usually pay a margin above the market rate.

A household budget is a plan that compares expected income with expected spending over a period,
usually a month. The first step is to list sources of income after tax and then record actual spending
for a few weeks, since many people underestimate small, frequent purchases. Costs are often divided
into fixed ones, such as rent and insurance, and variable ones, such as groceries and entertainment.
One popular guideline suggests spending about half of income on needs, about thirty percent on wants,
and twenty percent on savings and paying down debt. Keeping an emergency fund of several months of
expenses helps cover surprises like repairs without borrowing.

Automated teller machines let bank customers withdraw cash at any hour. One of the first cash
dispensers was installed in 1967 at a branch of Barclays in north London. It used paper vouchers
treated with a mildly radioactive substance that the machine could detect, since plastic cards with
magnetic stripes came later. Today a customer inserts a card and enters a personal identification
number, and the machine contacts the computer network of the bank to check the account before counting
out notes. Cash is stored in locked cassettes inside a heavy safe. Shared networks linking many banks
allow people to withdraw money far from home, sometimes for a fee.

A share is a small piece of ownership in a company. Companies sell shares to raise money without
borrowing, and the buyers become part-owners entitled to a portion of any profits the company chooses
to pay out as dividends. Shares of large companies are bought and sold on stock exchanges, where their
prices rise and fall with supply and demand, reflecting what investors expect about future profits.
Shareholders usually get to vote on important matters, such as electing the board of directors. Owning
shares is riskier than keeping money in a bank account, because prices can fall sharply, and many
investors spread their risk across many companies through funds.

Insurance works by pooling risk. Many people each pay a relatively small amount, called a premium, into
a common fund, and the insurer uses that fund to pay the large costs suffered by the few who actually
experience a fire, accident, or theft. Because the insurer covers many customers, it can estimate
fairly accurately how many claims to expect each year, even though no one knows in advance who will
make them. Premiums are set according to risk, so a driver with past accidents usually pays more. Many
policies include an excess or deductible, an amount the customer pays first, which discourages small
claims. Marine insurance for ships was among the earliest forms.

Governments raise most of their money through taxes. Income taxes are charged on wages and other
earnings, and in many countries they are progressive, meaning that higher portions of income are taxed
at higher rates. Employers often deduct income tax from pay before workers receive it. Consumption
taxes, such as sales tax or value-added tax, are added to the price of goods and services. A value-added
tax is collected in stages, as each business along a supply chain pays tax on the value it adds and
claims back tax it already paid on its inputs. Property taxes on land and buildings often fund local
services such as schools and road maintenance.

A pension provides income in old age, after a person stops working. Many countries run a state pension
funded by taxes or social insurance contributions paid during working life, usually starting at an
official pension age. Employers may also offer workplace pensions. In a defined benefit plan, the
employer promises a retirement income based on salary and years of service. In a defined contribution
plan, the worker and employer pay into an individual account that is invested, and the final amount
depends on how much was paid in and how the investments performed. Because people now live longer,
many governments have gradually raised the age at which state pensions begin.
"""

BOOKS = """
Printing with movable metal type began in Europe around 1450 in the German city of Mainz, through the
work of Johannes Gutenberg. Printing from carved wooden blocks had long existed in East Asia, and
movable type of clay and metal had been used in China and Korea, but Gutenberg combined several
elements into an efficient system. He cast individual letters from a metal alloy in a hand mold, so
that thousands of identical pieces could be made, developed an oil-based ink that stuck to metal, and
adapted a screw press for printing. His best-known work is a large Latin Bible. Within fifty years,
presses were operating in hundreds of European towns.

Many libraries arrange nonfiction books by subject using the Dewey Decimal Classification, created by
the American librarian Melvil Dewey in 1876. It divides knowledge into ten main classes numbered by
hundreds. For example, the 500s cover natural sciences and mathematics, the 600s technology and applied
sciences, and the 900s history and geography. Each class is subdivided again and again, with decimal
places allowing ever finer topics, so books on similar subjects end up side by side on the shelves.
Many university and research libraries use a different scheme, the Library of Congress Classification,
which uses letters followed by numbers and offers more room for specialized subjects.

Most books are made from large printed sheets that are folded several times to form groups of pages
called signatures. A single sheet folded three times gives a signature of sixteen pages, printed so
that every page ends up in the right order and the right way up. In traditional binding, the
signatures are sewn together through their folds, and the stacked block is glued along the spine and
attached to a cover of boards wrapped in cloth or leather. Sewn books open flat and can last for
centuries. Many cheaper books are perfect bound, meaning the folds are trimmed off and the loose pages
are held together only by flexible glue.

Before paper became common in Europe, books were written on parchment, which is animal skin prepared
for writing. Skins of calves, sheep, or goats were soaked in lime, scraped clean of hair and flesh, and
stretched on a frame to dry under tension, which produces a thin, stiff, smooth sheet. Fine calfskin
parchment is often called vellum. Unlike papyrus, which was made from a reed and cracked when folded,
parchment could be folded and written on both sides, and it survived damp conditions well. A single
large medieval book could require the skins of a whole flock of animals, which helps explain why books
were so expensive.

Ancient books were usually scrolls, long rolls of papyrus or parchment that the reader unwound with one
hand and rolled up with the other. Finding a particular passage meant unrolling much of the scroll.
During the first few centuries AD, the codex, a stack of pages folded and bound along one edge,
gradually replaced the scroll around the Mediterranean. The codex had clear advantages. It used both
sides of the writing surface, held more text in a smaller space, and let readers jump to any page.
Early Christians adopted it especially quickly for their scriptures. The codex is still the basic form
of the printed book.

Early dictionaries in English were short lists explaining hard words to readers. In 1755 Samuel Johnson
published his large Dictionary of the English Language, written over about nine years with a few
assistants, which illustrated meanings with quotations from respected writers. In the United States,
Noah Webster published his dictionary in 1828 and promoted American spellings such as color and center.
The Oxford English Dictionary, begun in the nineteenth century, aimed to record the history of every
word, tracing each meaning with dated quotations. Its first complete edition took until 1928. Modern
dictionary makers study large collections of real texts to see how words are actually used.

An encyclopedia tries to summarize knowledge on a wide range of subjects in one organized work. Ancient
writers such as Pliny the Elder compiled large collections of information about the natural world. The
great French Encyclopédie, edited by Denis Diderot and Jean le Rond d'Alembert and published from 1751,
aimed to spread the ideas of the Enlightenment and drew contributions from many leading thinkers. The
Encyclopaedia Britannica first appeared in Edinburgh in installments from 1768. Most printed
encyclopedias arranged their articles alphabetically and relied on cross-references and an index to
connect related topics. Large sets were expensive, were often sold door to door, and were kept up to
date with yearly supplements.

For most of the twentieth century, library users found books through a card catalog, a cabinet of small
drawers filled with index cards. Each book typically had several cards, filed by author, by title, and
by subject, so a reader could search in different ways. The cards recorded the call number showing
where the book stood on the shelves. Standard card sizes were adopted in the late nineteenth century,
and the Library of Congress began selling printed cards to other libraries in 1901, saving them from
writing their own. From the 1970s onward, computer catalogs gradually replaced the cabinets, and many
libraries now let users search their collections online.

Books with paper covers existed for centuries, but the modern mass-market paperback took off in the
1930s. In 1935 the British publisher Allen Lane launched Penguin Books, selling reprints of good fiction
and nonfiction for the price of a pack of cigarettes. The books had simple, color-coded covers, orange
for fiction and green for crime, and were sold in shops where books had not usually been available.
Pocket Books followed in the United States in 1939. Cheap paperbacks were also distributed in great
numbers to soldiers during the Second World War. Paperbacks made reading far more affordable and helped
turn many people into regular book buyers.

The International Standard Book Number, or ISBN, is a code that identifies a specific edition of a
book. It grew out of a British system of the 1960s and was adopted internationally in 1970. Since 2007
ISBNs have had thirteen digits, made up of parts identifying the group of countries or language, the
publisher, and the particular title. The last digit is a check digit calculated from the others, so a
single mistyped digit can be detected. A hardcover, a paperback, and an electronic version of the same
book each receive different numbers. The ISBN appears on the back cover, usually printed above a
barcode, which lets shops and libraries scan it.

Many books printed between about 1850 and 1980 are slowly destroying themselves. During that period,
paper makers turned to cheap wood pulp and treated paper with chemicals that leave it acidic. Over
decades, the acid breaks down the cellulose fibers, so pages turn yellow and brittle and may crumble
when turned. Older rag paper made from cotton and linen is often in better condition than books a
century younger. Libraries fight the problem by keeping collections cool and dry, treating volumes with
alkaline chemicals in a process called deacidification, and copying fragile texts. Since the 1980s,
most book paper has been made acid-free, with a mineral buffer.

Braille is a system of raised dots that lets blind people read by touch. It was developed in France by
Louis Braille, who lost his sight as a child, and published in 1829, when he was about twenty. His
system was based on a military code of raised dots intended for reading at night. Each Braille
character is formed within a cell of six dot positions, arranged in two columns of three, giving
sixty-three possible patterns besides the blank cell. These stand for letters, numbers, punctuation,
and common letter groups. Braille can be written with a slate and stylus, punching dots from the back,
or with a machine resembling a typewriter.

Regular printed news sheets began in Europe in the early seventeenth century, with weekly publications
appearing in German cities around 1605. The first daily newspaper in English, the Daily Courant, began
in London in 1702. For a long time newspapers were expensive and read by relatively few people, often
shared in coffee houses. In the nineteenth century, steam-powered rotary presses, cheaper paper made
from wood pulp, and railways for distribution made cheap daily papers possible, and advertising helped
cover the cost. The telegraph allowed reports from distant places to arrive within hours. Printed
newspapers have lost many readers in recent decades as news has moved online.
"""

BODY = """
Each breath begins with the diaphragm, a sheet of muscle below the lungs, which contracts and flattens
while muscles between the ribs lift the chest. The space inside the chest grows, pressure falls, and
air flows in through the nose or mouth, down the windpipe, and into branching tubes that end in
hundreds of millions of tiny air sacs called alveoli. Their walls are extremely thin and wrapped in
fine blood vessels. Oxygen passes from the air into the blood, and carbon dioxide moves the other way.
Breathing out is usually passive, as the muscles relax. An adult at rest breathes about twelve to
twenty times a minute.

The two kidneys, each about the size of a fist, sit against the back wall of the abdomen just below
the ribs. They filter the entire blood supply many times a day. Each kidney contains about a million
tiny filtering units called nephrons. Blood pressure pushes water and small molecules out of the blood
into each nephron, and then its long tubule reclaims almost everything the body needs, including most
of the water, glucose, and salts. What remains, carrying waste products such as urea, becomes urine,
which flows to the bladder. By adjusting how much water and salt they keep, the kidneys also help
control blood pressure and the chemical balance of the body.

Skin is the largest organ of the body. Its outer layer, the epidermis, is constantly renewed: cells
form at its base, move upward, fill with a tough protein called keratin, and die, so the surface is
made of flattened dead cells that are shed continuously. Beneath lies the dermis, which contains blood
vessels, nerve endings, hair follicles, and sweat glands, held together by collagen and elastic
fibers. A layer of fat below cushions and insulates the body. Skin limits water loss, keeps out
harmful substances, senses touch, heat, and pain, and helps control body temperature. Pigment cells
produce melanin, which absorbs ultraviolet light and gives skin its color.

The body has three kinds of muscle. Skeletal muscles, attached to bones by tendons, move the body and
are under voluntary control. Smooth muscle lines the walls of the stomach, intestines, and blood
vessels, and works without conscious effort. Cardiac muscle, found only in the heart, contracts
rhythmically for a lifetime. Muscles can only pull, not push, so skeletal muscles work in opposing
pairs. When the biceps in the upper arm shortens, the elbow bends, and when the triceps on the back of
the arm shortens, the arm straightens. Inside each muscle fiber, protein filaments slide past one
another, powered by chemical energy, to make the fiber contract.

Digestion begins in the mouth, where chewing breaks food into smaller pieces and saliva starts breaking
down starch. Swallowed food travels down the esophagus, pushed by waves of muscle contraction, into the
stomach. There, strong acid and enzymes begin to digest proteins, and muscular churning turns the meal
into a thick liquid. This passes gradually into the small intestine, which is several meters long.
Bile from the liver and enzymes from the pancreas break down fats, proteins, and carbohydrates, and the
nutrients are absorbed through the intestinal lining, which is covered with tiny fingerlike projections
that greatly increase its surface. The large intestine absorbs water from what remains.

Tooth enamel is the hardest substance in the human body. It covers the crown of each tooth and is made
mostly of crystals of a calcium phosphate mineral. Beneath it lies dentin, a softer, bonelike layer,
and at the center is the pulp, which contains nerves and blood vessels. Enamel has no living cells, so
it cannot repair itself once damaged. Tooth decay begins when bacteria in plaque on the teeth feed on
sugars and produce acids that dissolve minerals from the enamel. Saliva neutralizes acid and helps
restore some minerals, and fluoride, added to toothpaste and in some places to drinking water, makes
enamel more resistant to acid.

The eye works in some ways like a camera. Light enters through the cornea, the clear front surface,
which does most of the focusing. It then passes through the pupil, an opening whose size is controlled
by the colored iris, widening in dim light and narrowing in bright light. Behind the pupil, the lens
adjusts its shape to focus on near or distant objects. The focused image falls upside down on the
retina, a thin layer of light-sensitive cells at the back of the eye. Rods work in dim light but do not
detect color, while cones provide color and fine detail. The brain turns the signals into the upright
picture we see.

Hearing begins when sound waves enter the ear canal and make the eardrum vibrate. Three tiny bones in
the middle ear, the smallest in the body, pass these vibrations to the inner ear and increase their
force. The inner ear contains the cochlea, a fluid-filled tube coiled like a snail shell and lined with
thousands of hair cells. Different parts of the cochlea respond to different pitches, and the bending
of the hairs creates nerve signals sent to the brain. Next to the cochlea lie three semicircular canals
set at right angles to one another. Fluid moving inside them as the head turns helps the body keep its
balance.

Human blood is classified into types according to markers called antigens on the surface of red blood
cells. In the ABO system, discovered by Karl Landsteiner in 1901, a person may have A markers, B
markers, both, or neither, giving types A, B, AB, and O. The blood plasma naturally contains antibodies
against the markers a person lacks, so receiving the wrong type in a transfusion can cause a dangerous
reaction. A second system, the Rh factor, divides blood into positive and negative. Type O negative red
cells carry none of these main markers and can be given to almost anyone in an emergency, which makes
such donors especially valuable.

The body keeps its core temperature near thirty-seven degrees Celsius, and a region of the brain called
the hypothalamus acts as its thermostat. When the body grows too warm, blood vessels near the skin
widen, carrying heat to the surface, and sweat glands release moisture that cools the skin as it
evaporates. When the body gets cold, those vessels narrow to keep warm blood deeper inside, which is
why fingers turn pale. Muscles begin to shiver, producing heat through rapid small contractions. Tiny
muscles at the base of hairs also contract, causing goosebumps. In furry animals this fluffs up the
coat to trap air, but in humans it does little.

Each hair grows from a follicle, a small pocket in the skin. Cells at the base divide rapidly and are
pushed upward, filling with keratin and dying as they form the shaft, which is why cutting hair does
not hurt. Scalp hair grows roughly a centimeter a month. Follicles go through cycles: a long growing
phase, which for scalp hair can last several years, followed by a short transition and a resting
phase, after which the hair falls out and a new one begins. The length of the growing phase sets how
long hair can become, so eyebrows stay short. Hair color comes from melanin, and gray hair appears when
pigment production stops.

The liver is the largest internal organ, sitting in the upper right part of the abdomen beneath the
ribs. It performs hundreds of tasks. Blood from the intestines flows directly to the liver, which
processes the absorbed nutrients, stores sugar as glycogen, and releases it when blood sugar falls. The
liver makes bile, which helps digest fats, and produces many proteins found in blood plasma, including
those needed for clotting. It also breaks down alcohol, medicines, and waste products so the body can
get rid of them. Unusually, the liver can regrow after part of it is removed, returning to nearly its
full size within a few months.

A reflex is an automatic response that happens before a person has time to think. When a hand touches a
hot stove, sensory nerves send a signal to the spinal cord, which immediately sends a command back to
the arm muscles to pull away. The brain learns of the pain a fraction of a second later. Because the
signal does not need to travel to the brain and back, the response is very fast. Doctors test the
knee-jerk reflex by tapping the tendon below the kneecap, which stretches the thigh muscle and makes it
contract, swinging the lower leg forward. Abnormal reflexes can point to problems in the nervous
system.
"""

GARDENS_ANIMALS = """
Snails and slugs are mollusks, related to clams and octopuses rather than to insects. They glide on a
single muscular foot, producing waves of contraction along it, and secrete a layer of mucus that helps
them move and protects them from rough surfaces. A snail can pull its whole body into its coiled shell
to rest or to avoid drying out, while a slug has no shell or only a small internal one. Both feed by
scraping with a tongue-like ribbon covered in thousands of tiny teeth. They are most active on damp
nights. Gardeners dislike them for eating seedlings, but they also help break down dead plant
material.

Birds build a wide variety of nests, each suited to the way the species lives. Many small songbirds
weave cups of grass, moss, and twigs, lining them with feathers or hair for warmth. Swallows build
nests of mud pellets under eaves and bridges. Woodpeckers chisel holes into trees, and the holes they
abandon are later used by birds that cannot dig their own. Some seabirds make almost no nest, laying
eggs on bare ledges, and their eggs are often pointed at one end, which may help them stay put.
Weaverbirds in Africa and Asia knot strips of grass into elaborate hanging nests. Most nests are used
for just one season.

Ladybugs, also called ladybirds or lady beetles, are small, rounded beetles often colored red or orange
with black spots. Their bright colors warn birds that they taste bad; when disturbed, they release
drops of bitter yellow fluid from their leg joints. Both adults and larvae of many species eat aphids,
the tiny sap-sucking insects that weaken garden plants, and a single ladybug can eat thousands of
aphids during its life. For this reason farmers and gardeners welcome them, and some species have been
introduced to new countries to control pests. In autumn, many ladybugs gather in large groups in
sheltered places, such as under bark or in buildings, to spend the winter.

Not all flowers need insects. Grasses, including wheat, rice, and corn, and many trees, such as oaks,
birches, and pines, are pollinated by the wind. Their flowers are usually small and plain, without
bright petals, scent, or nectar, since they have no visitors to attract. Instead, they produce enormous
quantities of light, dry pollen, because only a tiny fraction of the grains released will happen to
land on a flower of the same species. Their female parts are often feathery or sticky to catch passing
grains. This abundant airborne pollen is the main cause of hay fever, which is why allergy sufferers
watch pollen forecasts in spring and early summer.

Moles are small mammals that spend nearly all their lives underground. Their bodies are built for
digging, with broad, spade-like front feet that face outward and have strong claws, and velvety fur
that lies smoothly in any direction, so a mole can move forward or backward through a tunnel without
resistance. Their eyes are tiny and their sight is poor, but they have a keen sense of touch and smell.
Moles dig networks of tunnels and patrol them for earthworms and insect larvae that fall in. Soil
pushed up from the tunnels forms molehills. Some moles store live earthworms, biting them to disable
them, in underground larders.

Red foxes are among the most widespread wild carnivores on earth, found across Europe, Asia, North
America, and North Africa, and introduced to Australia. They are highly adaptable and have settled in
many towns and cities, where they live in gardens, parks, and railway embankments. Foxes eat almost
anything, including small rodents, birds, insects, fruit, and food thrown away by people. They are
mostly active at dusk and at night. In late winter, their loud, eerie screams can be heard as they look
for mates. Cubs are born in spring in an underground den, and by autumn the young disperse to find
territories of their own.

Apple trees do not grow true from seed. A seed from a particular apple produces a tree with a new mix of
genes, and its fruit is usually small and sour. To reproduce a favored variety, growers use grafting. A
cutting from the desired tree, called the scion, is joined to the stem of a young rooted plant, called
the rootstock, so that the growing layers just beneath the bark line up and fuse together. The scion
determines the kind of apple, while the rootstock controls the size and vigor of the tree. Dwarfing
rootstocks produce small trees that bear fruit within a few years and are easy to pick.

Mulch is any layer of material spread over the surface of the soil around plants. Organic mulches
include shredded bark, wood chips, straw, leaf litter, and compost. They keep moisture in the soil by
shading it from the sun and wind, smother many weed seedlings by blocking light, and protect roots from
extremes of heat and cold. As they slowly decompose, they feed soil organisms and add organic matter.
Inorganic mulches, such as gravel or plastic sheeting, do not improve the soil but can suppress weeds
for a long time. Mulch is best applied to moist, weeded ground, and it should be kept slightly away from
the stems of trees.

A bulb is an underground storage organ made of fleshy leaf bases wrapped around a short stem. Tulips,
daffodils, and onions all grow from bulbs. The food stored inside lets the plant flower quickly in
spring, before trees overhead have leafed out and shaded the ground. After flowering, the leaves keep
making food that is sent down to build up the bulb for the next year, which is why gardeners are
advised not to cut the leaves until they turn yellow. Many spring bulbs need a period of winter cold
before they will bloom. Tulips became so fashionable in the Netherlands in the 1630s that single bulbs
sold for extraordinary prices.

Horses were domesticated on the grasslands of western Asia, with genetic studies pointing to the region
north of the Black Sea roughly four thousand years ago or somewhat earlier. They were probably kept at
first for meat and milk as well as for riding and pulling. Horse-drawn chariots with spoked wheels
transformed warfare, and riders on horseback could travel and carry messages much faster than anyone
on foot. The horse collar, which spread the load across the shoulders instead of the throat, allowed
horses to pull heavy plows and wagons efficiently. Until the spread of motor vehicles in the twentieth
century, horses powered much of the farming and transport of the world.

Chickens are descended mainly from the red junglefowl, a wild bird of the forests of Southeast Asia,
and were domesticated several thousand years ago. There are now more chickens than any other bird on
earth. A hen does not need a rooster to lay eggs; without one the eggs are simply unfertilized. A
productive laying hen produces an egg about every twenty-five hours, and laying is triggered by
daylight, so many hens lay fewer eggs in winter. The color of the shell depends on the breed and has
nothing to do with nutrition or flavor. Inside, the yolk provides food for a developing chick, while
the white supplies water and protein.

Goldfish were developed in China from a dull greenish-brown carp more than a thousand years ago.
Occasional fish with golden or orange coloring were kept in ponds, and over centuries breeders selected
for color and for unusual body shapes, fins, and eyes. Goldfish reached Japan in the sixteenth century
and Europe by the seventeenth. Though often kept in small bowls, they can grow to over twenty
centimeters and live for more than twenty years in good conditions. They produce a lot of waste, so
they need plenty of water and filtration. Released into lakes and rivers, goldfish can revert toward
duller colors, grow large, and harm native wildlife.

Dragonflies are skilled aerial hunters that catch other flying insects, such as mosquitoes and midges,
in midair. Each of their four wings can move independently, allowing them to hover, change direction
abruptly, and even fly backward. Their enormous compound eyes, made of tens of thousands of tiny units,
cover most of the head and give an almost complete view of their surroundings. Most of the life of a
dragonfly, however, is spent underwater as a nymph, which hunts tadpoles and small fish with a hinged
lower jaw that shoots out to grab prey. After months or years, the nymph climbs a plant stem, splits
its skin, and emerges as a winged adult.
"""

OBJECTS = """
Hook-and-loop fasteners were invented by the Swiss engineer George de Mestral, who became curious about
the burrs that clung to his clothes and to the fur of his dog after a walk in the 1940s. Under a
microscope, he saw that the burrs were covered with tiny hooks that caught on loops of thread and hair.
He spent years finding a way to reproduce this in woven nylon, with one strip bearing stiff hooks and
the other soft loops. He named his product Velcro, combining French words for velvet and hook. The
fastener became popular on shoes, bags, and clothing, and it was used in spacecraft to keep objects
from floating away.

An electric kettle heats water with an element, a metal coil or plate through which a strong current
flows. Because the element sits in or directly beneath the water, almost all of its heat goes into the
water, making kettles more efficient than heating water in a pan on a stove. Most kettles switch off
automatically when the water boils. Steam is channeled past a small disc made of two metals that expand
at different rates. When the steam heats it, the disc suddenly snaps into a different shape and pushes
the switch off. In areas with hard water, minerals build up on the element as scale, which can be
removed with a mild acid such as vinegar.

A clothes iron removes wrinkles using heat, pressure, and moisture. Fabric fibers such as cotton are
held in shape by weak bonds between their long molecules. Heat and steam loosen these bonds, letting
the fibers straighten under the weight of the iron, and as the fabric cools and dries, the bonds form
again in the new, flat position. Before electricity, people heated solid metal irons on a stove and
used several in turn, swapping a cooled one for a hot one. Electric irons appeared in the 1880s. Modern
irons have a thermostat with settings for different fabrics, since synthetic fibers melt at
temperatures that cotton and linen easily tolerate.

The barcodes printed on almost every packaged product encode a number in a pattern of dark bars and
light spaces of varying widths. The common retail version in North America, the Universal Product
Code, was first scanned at a supermarket checkout in Ohio in 1974, on a pack of chewing gum. A scanner
sweeps a beam of red light across the code, and a sensor measures the light
reflected back, since dark bars reflect little and white spaces reflect a lot. The number itself only
identifies the product, and the price is looked up in the computer system of the shop. Square
two-dimensional codes store far more information in a grid of small black and white squares.

A hair dryer combines a small electric fan with a heating element. The fan draws air in through a
grille at the back, often fitted with a filter to keep out hair and dust, and blows it over coils of
resistance wire that glow hot when current flows. Most of the drying comes from moving air, which
carries moisture away from wet hair, while the heat speeds up evaporation. Switches select different
fan speeds and heat levels, and a cool setting helps fix a style in place. A thermal cutout
switches off the heating if the airflow is blocked and the inside overheats. In some countries, dryer
plugs also contain a device that cuts the power if current leaks.

A traditional electric doorbell is a simple circuit containing an electromagnet. Pressing the button
outside closes the circuit, and current flows through a coil of wire wound around an iron core, which
becomes a magnet. In a classic ringing bell, the magnet pulls a metal arm toward it, making a small
hammer strike the bell. The movement also breaks the circuit, so the magnet lets go, a spring pulls the
arm back, the circuit closes again, and the cycle repeats many times a second for as long as the button
is held. Chime doorbells instead use the magnet to fling a plunger against tuned metal bars. Many
doorbells are now wireless, and some include cameras.
"""

INFRASTRUCTURE = """
Lighting city streets at night began on a large scale in the early nineteenth century with gas lamps.
Coal gas was piped under the streets to lamp posts, and lamplighters walked their routes each evening
to light them with a long pole and each morning to put them out. Electric arc lamps appeared in the
late nineteenth century, followed by incandescent bulbs. For much of the twentieth century, many roads
were lit by sodium lamps, which gave an efficient but distinctive orange-yellow glow. Most cities are
now replacing them with light-emitting diodes, which use less energy, last longer, and can be dimmed or
aimed to reduce light spilling into the night sky.

A hydroelectric power station turns the energy of falling water into electricity. A dam holds back a
river to create a reservoir, raising the water level so that water can fall through a large pipe called
a penstock. The rushing water spins a turbine, which turns a generator. The amount of power depends on
both the height of the fall and the volume of water. Hydroelectric stations can start up quickly, which
makes them useful when demand rises suddenly, and some pump water uphill into a reservoir when
electricity is cheap and release it later. Large dams also flood valleys, displace people, and block
the movement of fish.

A modern wind turbine usually has three long blades mounted on a hub at the top of a tall tower. The
blades are shaped like aircraft wings, and the wind flowing over them creates a force that turns the
rotor. The rotor drives a generator inside a housing called the nacelle, sometimes through a gearbox
that raises the slow rotation speed. Sensors measure wind direction, and motors turn the nacelle to face
into the wind. Turbines start producing power in a light breeze and shut down in storms to avoid
damage. Because wind is stronger and steadier higher up and over the sea, turbines have grown taller
and many are built offshore.

A solar panel converts sunlight directly into electricity using cells made mostly of silicon. Each cell
contains two layers of silicon treated with small amounts of other elements, so that one layer has
extra electrons and the other has a shortage, creating an electric field where they meet. When light
strikes the cell, it knocks electrons loose, and the field pushes them in one direction, producing a
current that is collected by thin metal lines on the surface. Typical panels convert about a fifth of
the light energy that falls on them. They produce direct current, which an inverter changes to
alternating current for use in homes.

Systematic house numbers became widespread in Europe in the eighteenth century, partly so that
authorities could tax residents and register men for military service. Several different patterns
developed. In many cities, odd numbers run along one side of the street and even numbers along the
other, both counting from the end nearest the city center. Some places number houses consecutively up
one side and back down the other. In parts of the United States, numbers are linked to distance, so
that the hundreds digit shows the block. In Japan, many addresses traditionally identify districts and
blocks rather than streets, and buildings within a block may be numbered in the order they were built.

Most household rubbish that is not recycled or burned ends up in landfills. A modern landfill is not
simply a hole in the ground. The base is lined with compacted clay and plastic sheeting to stop liquid
draining from the waste, called leachate, from seeping into groundwater, and pipes collect the leachate
for treatment. Each day's waste is compacted and covered with soil to reduce smells, pests, and litter.
As buried food and paper decay without oxygen, they produce methane, a powerful greenhouse gas. Many
landfills capture this gas through wells and burn it to generate electricity. When full, a landfill is
capped and may become a park.

Most of the data traveling between continents, including telephone calls and internet traffic, passes
not through satellites but along cables on the seafloor. Modern cables carry signals as pulses of light
in hair-thin glass fibers, and repeaters placed at intervals along the cable boost the signal. In deep
water a cable may be no thicker than a garden hose, while near shore it is armored with steel wire and
buried to protect it from ship anchors and fishing gear. Specialized ships lay cables from giant drums
and repair them when they break. The first transatlantic telegraph cable was completed in 1858,
although it failed within weeks.

A fire hydrant connects firefighters to the water mains beneath the street. In cold climates, most
hydrants are of the dry-barrel type. The valve that lets water in sits deep underground, below the
depth where the ground freezes, and the upright barrel above stays empty until a firefighter turns a
nut on top with a special wrench. When the valve is closed again, a drain lets the remaining water out
of the barrel so that it cannot freeze. In warmer places, wet-barrel hydrants are filled with water at
all times. Hydrants are often painted in colors that show how much water they can supply.
"""


BATCHES: list[tuple[str, str]] = [
    ("food and cooking", FOOD),
    ("weather and the natural world", NATURE),
    ("weather instruments", WEATHER_INSTRUMENTS),
    ("sports and games", SPORTS),
    ("musical instruments", MUSIC),
    ("transport", TRANSPORT),
    ("materials", MATERIALS),
    ("money and banking", MONEY),
    ("libraries, books and printing", BOOKS),
    ("the human body", BODY),
    ("gardens and animals", GARDENS_ANIMALS),
    ("everyday objects and household machines", OBJECTS),
    ("everyday infrastructure", INFRASTRUCTURE),
]


if __name__ == "__main__":
    main()
