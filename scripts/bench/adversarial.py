#!/usr/bin/env python3
"""Writes hostile articles for the extraction speed check: each is one kind of text that made
extraction cost the square of its length (a sentence naming hundreds of groups, places, dates
or figures; text in capitals; thousands of short sentences; hard-wrapped lines).

usage: adversarial.py BYTES FOLDER
"""
import os
import random
import sys
import textwrap

KINDS = {
    "plain": "the police said a bomb went off in Quetta killing people and hurting others near a bazaar on Monday",
    "numbers": "killed 12 wounded 3 at least 40 people 2019 at 1050 hours 5 gunmen three attackers dozens 1,200 troops",
    "places": "in Quetta Multan Lyon near Basra outside Herat Pakistan France ( Erbil ) Punjab town of Oxa village of Ura",
    "dates": 'on Monday yesterday last week on May 3 2020 April 4 today on Sunday two days later "today" in 2015 since 2001',
    "groups": "the Taliban claimed Islamic State ISIS al-Qaeda Boko Haram the militant group Oxa Front Ura Army [ABC] claimed by",
    "caps": "GUNMEN KILLED FOUR GUARDS IN QUETTA ON MONDAY THE TALIBAN CLAIMED THE ATTACK A BOMB WENT OFF NEAR A BAZAAR",
    "weapons": "rifles grenades car bomb AK-47 explosives suicide vest rockets mortars knives IED landmines seized cache",
    "history": "in 2009 an attack on Lahore killed 20 in 2012 a bombing in Quetta killed 9 recalled an earlier similar raid",
    "days-and-attacks": "after Monday's bombing on Sunday a blast following Tuesday's attack yesterday in Kano Lagos killed",
}


def words(vocabulary, size, rng):
    out, n = [], 0
    while n < size:
        word = rng.choice(vocabulary)
        out.append(word)
        n += len(word) + 1
    return out


def main():
    size, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(7)
    header = " date 2023-02-18 \n"
    texts = {name: " ".join(words(v.split(), size, rng)) + "." for name, v in KINDS.items()}
    mixed = words(" ".join(KINDS.values()).split() + ['"', "(", ")", "said"], size, rng)
    texts["mixed"] = " ".join(mixed) + "."
    sentences = [" ".join(mixed[i : i + 12]).capitalize() + "." for i in range(0, len(mixed), 12)]
    texts["sentences"] = " ".join(sentences)
    texts["paragraphs"] = "\n\n".join(sentences)
    texts["wrapped-capitals"] = "\n".join(textwrap.wrap(" ".join(sentences).upper(), 70))
    for name, text in texts.items():
        with open(os.path.join(folder, f"{name}.txt"), "w", encoding="utf-8") as f:
            f.write(header + text + "\n")


if __name__ == "__main__":
    main()
