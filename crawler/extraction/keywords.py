"""The words a rule looks for, in either script: a pattern written in simplified characters
(发布时间, 责任编辑, 首页) also matches a Taiwan, Hong Kong or overseas page that writes them in
traditional characters (發佈時間, 責任編輯, 首頁).

Every text pattern of the extraction is compiled by `keywords`, and every tuple of words it
looks for plainly is written out by `written_either_way`, each once, when its module is
imported: each simplified character that has traditional forms matches them too (页 -> [页頁];
in a class, [^，页] -> [^，页頁]; 热线 -> 热线, 熱線). The characters are OpenCC's (its table of simplified
characters and their traditional forms, with Taiwan's and Hong Kong's variants of those), so no
rule needs to spell a word twice. A text is never converted: an item keeps the characters its
page shows.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from itertools import product

OPENCC_TABLES = files("opencc") / "dictionary"


def _table(name: str) -> dict[str, list[str]]:
    """An OpenCC character table: each character, and the forms it is written in (tab, then spaces)."""
    table = {}
    for line in (OPENCC_TABLES / name).read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        if len(source) == 1:
            table[source] = [target for target in targets.split() if len(target) == 1]
    return table


@cache
def traditional_forms() -> dict[str, str]:
    """Each simplified character that is written otherwise in traditional script, and those forms
    (Taiwan's and Hong Kong's variants included), as one string."""
    regional = [_table("TWVariants.txt"), _table("HKVariants.txt")]
    forms = {}
    for simplified, traditional in _table("STCharacters.txt").items():
        written = {form for form in traditional for form in (form, *(variant for table in regional
                                                                     for variant in table.get(form, ())))}
        written.discard(simplified)
        if written:
            forms[simplified] = "".join(sorted(written))
    return forms


def either_script(pattern: str) -> str:
    """A regular expression's source, rewritten so that each simplified character in it also
    matches its traditional forms (页 -> [页頁]; a class gains them). Where an alternative opens
    with such a character, the alternative is written once per form (发布|發[布佈]|髮[布佈]), so that
    each still opens with a plain character: an alternation of words opening so is searched for at
    a plain search's speed, one opening with classes at a fraction of it. A range's bound in a class
    ([一-龥]) and an escaped character stay as they are; every character still matches one
    character, so a look-behind keeps its width."""
    rewritten, at = _alternation(pattern, 0)
    if at != len(pattern):
        raise ValueError(f"unbalanced parenthesis in {pattern!r}")
    return rewritten


QUANTIFIER = re.compile(r"[*+?]|\{\d*(?:,\d*)?\}")


def _alternation(pattern: str, at: int) -> tuple[str, int]:
    """The alternatives from `at` up to the `)` closing their group (or the end), rewritten; and
    where they end."""
    alternatives = []
    while True:
        items, at = _sequence(pattern, at)
        alternatives.append(_alternative(items))
        if at < len(pattern) and pattern[at] == "|":
            at += 1
            continue
        return "|".join(alternatives), at


def _sequence(pattern: str, at: int) -> tuple[list[tuple[str, str]], int]:
    """The items of one alternative from `at`: each as (its source rewritten, the character it is if
    it is a plain simplified character with traditional forms, unquantified, else "")."""
    forms = traditional_forms()
    items: list[tuple[str, str]] = []
    while at < len(pattern) and pattern[at] not in "|)":
        character = pattern[at]
        if character == "\\":
            source, at, plain = pattern[at:at + 2], at + 2, ""
        elif character == "[":
            source, at = _class(pattern, at)
            plain = ""
        elif character == "(":
            opening = re.compile(r"\((?:\?(?:[:=!>]|<[=!]|P<\w+>|[aiLmsux-]+:?))?").match(pattern, at)
            assert opening is not None  # the pattern matches "(" at least
            inner, at = _alternation(pattern, opening.end())
            source, at, plain = f"{opening.group()}{inner})", at + 1, ""
        else:
            plain = character if character in forms else ""
            source, at = (f"[{character}{forms[character]}]" if plain else character), at + 1
        quantifier = QUANTIFIER.match(pattern, at)
        if quantifier:
            lazy = pattern[quantifier.end():quantifier.end() + 1] in ("?", "+")
            source += pattern[at:quantifier.end() + lazy]
            at, plain = quantifier.end() + lazy, ""
        items.append((source, plain))
    return items, at


def _class(pattern: str, at: int) -> tuple[str, int]:
    """The class opening at `at`, each simplified character in it (but a range's bound) with its
    traditional forms; and where it ends."""
    forms = traditional_forms()
    first = at + (2 if pattern[at + 1:at + 2] == "^" else 1)  # a `]` there is the class's, not its end
    rewritten, position = [pattern[at:first]], first
    while position < len(pattern) and (pattern[position] != "]" or position == first):
        character = pattern[position]
        if character == "\\":
            rewritten.append(pattern[position:position + 2])
            position += 2
            continue
        in_range = "-" in (pattern[position + 1:position + 2], pattern[position - 1:position])
        rewritten.append(character + ("" if in_range else forms.get(character, "")))
        position += 1
    return "".join(rewritten) + "]", position + 1


def _alternative(items: list[tuple[str, str]]) -> str:
    """An alternative's items joined; written once per form of the simplified character it opens
    with, where it opens with one and holds no named group (a name is given once)."""
    joined = "".join(source for source, _ in items)
    if not items or not items[0][1] or "(?P" in joined:
        return joined
    opening, rest = items[0][1], "".join(source for source, _ in items[1:])
    return "|".join(form + rest for form in opening + traditional_forms()[opening])


def written_either_way(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words, each followed by its writings in traditional characters (热线 -> 热线, 熱線): what a
    plain search for any of them (`word in text`, quicker than a pattern) looks for. A word is written
    in one script or the other, not in both (no 热線): each more word costs every search."""
    forms = traditional_forms()
    return tuple(dict.fromkeys(writing for word in words
                               for writing in (word, *map("".join, product(*(forms.get(character, character)
                                                                             for character in word))))))


def keywords(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern compiled to match its words in either script (`either_script`)."""
    return re.compile(either_script(pattern), flags)
