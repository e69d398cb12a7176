#!/usr/bin/env python3
"""Writes a deterministic synthetic corpus of incident articles in the corpus form.

Usage: generate.py COUNT OUT_DIR [--markdown OUT_MD_DIR]

Each article (1.5-6 KB) has a ` date YYYY-MM-DD ` header, a dateline, figures in words and
digits with hedges, a group (sometimes claiming), weapons, and sometimes a recalled earlier
attack. With --markdown, the same articles are also written as Markdown pages with front matter
(groups and countries as taxonomies) for Hugo to build.
"""
import os, random, sys, datetime

PLACES = [("Karachi", "Pakistan"), ("Peshawar", "Pakistan"), ("Quetta", "Pakistan"), ("Lahore", "Pakistan"),
          ("Kabul", "Afghanistan"), ("Jalalabad", "Afghanistan"), ("Baghdad", "Iraq"), ("Mosul", "Iraq"),
          ("Mogadishu", "Somalia"), ("Nairobi", "Kenya"), ("Maiduguri", "Nigeria"), ("Ouagadougou", "Burkina Faso"),
          ("Bamako", "Mali"), ("Damascus", "Syria"), ("Colombo", "Sri Lanka"), ("Jakarta", "Indonesia"),
          ("Manila", "Philippines"), ("Srinagar", "India"), ("Istanbul", "Turkey"), ("Brussels", "Belgium"),
          ("Paris", "France"), ("London", "United Kingdom"), ("Berlin", "Germany"), ("Madrid", "Spain")]
GROUPS = ["Tehreek-e-Taliban Pakistan", "Islamic State", "al-Shabaab", "Boko Haram", "Taliban",
          "Islamic State Khorasan Province", "Jaish-e-Mohammed", "Lashkar-e-Taiba", "Al-Qaeda",
          "Jamaat Nusrat al-Islam wal-Muslimin", "Balochistan Liberation Army", "Hizbul Mujahideen"]
WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "fifteen", "twenty", "twenty-one", "thirty"]
HEDGES = ["at least ", "more than ", "nearly ", "up to ", "", "", ""]
TARGETS = [("police station", "police officers"), ("market", "shoppers"), ("mosque", "worshippers"),
           ("school", "students"), ("army base", "soldiers"), ("hotel", "guests"), ("bus station", "passengers"),
           ("church", "worshippers")]
WEAPONS = ["automatic rifles and hand grenades", "a suicide vest", "a car bomb", "pistols", "rockets and grenades"]
FILLER = ["Witnesses described scenes of panic as people ran for cover and ambulances arrived at the scene.",
          "The provincial government announced compensation for the families of the victims.",
          "Security was tightened across the city and several roads were closed to traffic for the rest of the day.",
          "Officials said an investigation had been opened and that forensic teams were examining the site.",
          "Hospitals in the area appealed for blood donations as the wounded were brought in.",
          "Leaders from across the region condemned the violence and offered condolences to the families.",
          "Analysts said the attack showed the group could still strike well-defended targets despite recent operations.",
          "Local residents said the area had been calm in recent months before the attack."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def figure(rng):
    n = rng.randint(2, 120)
    if n <= 30 and rng.random() < 0.5:
        return WORDS[min(len(WORDS) - 1, n % len(WORDS))], n
    return str(n), n


def article(i, rng):
    city, country = rng.choice(PLACES)
    group = rng.choice(GROUPS)
    site, victims = rng.choice(TARGETS)
    day = datetime.date(2000, 1, 1) + datetime.timedelta(days=rng.randint(0, 9000))
    published = day + datetime.timedelta(days=rng.choice([0, 1, 1, 2]))
    weekday = WEEKDAYS[day.weekday()]
    killed_text, _ = figure(rng)
    injured_text, _ = figure(rng)
    hedge = rng.choice(HEDGES)
    paragraphs = [
        f"{city.upper()}, {published.strftime('%b')} {published.day} (Bench Wire) - Attackers armed with {rng.choice(WEAPONS)} "
        f"struck a {site} in {city}, {country}, on {weekday}, killing {hedge}{killed_text} {victims} and wounding "
        f"{injured_text} others, officials said.",
        (f"{group} claimed responsibility for the attack in a statement." if rng.random() < 0.6
         else f"No group immediately claimed the attack, but officials suspected {group}."),
        f"Police said {rng.choice(WORDS)} attackers took part and that all of them were killed in the exchange of fire.",
    ]
    if rng.random() < 0.5:
        old_city, _ = rng.choice(PLACES)
        paragraphs.append(f"In {day.year - rng.randint(2, 15)}, militants attacked a {rng.choice(TARGETS)[0]} in {old_city}, "
                          f"killing {rng.randint(5, 90)} people.")
    body = paragraphs + [rng.choice(FILLER) for _ in range(rng.randint(6, 40))]
    return published, city, country, group, f"Attack on {site} in {city}", body


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    md = sys.argv[sys.argv.index("--markdown") + 1] if "--markdown" in sys.argv else None
    rng = random.Random(20261126)
    os.makedirs(out, exist_ok=True)
    if md:
        os.makedirs(os.path.join(md, "content", "posts"), exist_ok=True)
    for i in range(count):
        published, city, country, group, title, body = article(i, rng)
        name = f"{published.isoformat()}-bench-{i:06d}"
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(f" date {published.isoformat()} \n" + "\n\n".join(body) + "\n")
        if md:
            with open(os.path.join(md, "content", "posts", name + ".md"), "w", encoding="utf-8") as f:
                f.write(f'---\ntitle: "{title}"\ndate: {published.isoformat()}\ngroups: ["{group}"]\n'
                        f'countries: ["{country}"]\n---\n' + "\n\n".join(body) + "\n")


if __name__ == "__main__":
    main()
