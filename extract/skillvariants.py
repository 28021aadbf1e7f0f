"""Spelling variants of a vocabulary name, generated for the skill matcher (`extract.skillmatch`).

The plural of the last word (`RNNs`, `Variational Autoencoders`) and hyphen/space/joined spellings
(`Megatron LM` for `Megatron-LM`, `finetuning` for `fine-tuning`).
"""

from __future__ import annotations

import re

__all__ = ["plural", "variants"]

_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9]*[A-Za-z]$")


def plural(word: str) -> str | None:
    """English plural of a name's last word, or None when it should not be pluralized.

    >>> plural("LSTM"), plural("Autoencoder"), plural("Process"), plural("Ontology"), plural("AWS")
    ('LSTMs', 'Autoencoders', 'Processes', 'Ontologies', None)
    """
    if not _WORD.match(word) or len(word) < 2:
        return None
    if word.isupper():
        return None if word.endswith("S") else word + "s"
    low = word.lower()
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return None  # already plural-looking ("Systems", "Analytics")
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if low.endswith("y") and low[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def variants(alias: str) -> set[str]:
    """Safe spelling variants of an alias (not including the alias itself).

    >>> sorted(variants("Megatron-LM"))
    ['Megatron LM', 'Megatron LMs', 'Megatron-LMs', 'MegatronLM', 'MegatronLMs']
    >>> sorted(variants("Prompt Tuning"))
    ['Prompt Tunings', 'Prompt-Tuning', 'Prompt-Tunings']
    """
    forms = {alias}
    if re.search(r"\w-\w", alias):
        forms.add(re.sub(r"(?<=\w)-(?=\w)", " ", alias))
        forms.add(re.sub(r"(?<=\w)-(?=\w)", "", alias))
    words = alias.split()
    if 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Za-z]+", w) for w in words):
        forms.add("-".join(words))
    for form in list(forms):
        head, _, last = form.rpartition(" ")
        pl = plural(last) if " " in form or "-" not in form else None
        if "-" in last and " " not in form:
            stem, _, tail = form.rpartition("-")
            pl_tail = plural(tail)
            if pl_tail:
                forms.add(f"{stem}-{pl_tail}")
        elif pl:
            forms.add(f"{head} {pl}" if head else pl)
    forms.discard(alias)
    return forms
