"""The scoring of shared/spec/taxonomy.md §3, used by the quality test and
by anyone scoring the extraction on texts of their own."""

import unicodedata


def name_key(name):
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def score(predictions, gold):
    """Micro precision and recall over documents.

    predictions: {doc: [names]}; gold: {doc: (core names, ok names)}.
    precision = found items in core ∪ ok / found items;
    recall = found items in core / core items.
    """
    found = correct = core_total = core_found = 0
    for doc, (core, ok) in gold.items():
        core_keys = {name_key(n) for n in core}
        allowed = core_keys | {name_key(n) for n in ok}
        predicted = {name_key(n) for n in predictions.get(doc, [])}
        found += len(predicted)
        correct += len(predicted & allowed)
        core_total += len(core_keys)
        core_found += len(predicted & core_keys)
    precision = correct / found if found else 1.0
    recall = core_found / core_total if core_total else 1.0
    return precision, recall
