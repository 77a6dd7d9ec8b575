"""The hostile inputs, as a regression corpus (filled in below)."""


def run(ws):
    return []
