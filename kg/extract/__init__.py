"""News article → facts (``conflict-kg/facts@1``).

One module per stage, each a pure function over plain data: ``article`` (reading inputs),
``normalize`` (header, glued sentences, duplicates), ``nlp`` (spaCy, loaded once, batched
parses; ``nlp_speed``: exact, faster stand-ins for two of its components), ``entities``
(mentions, within-document coreference, linking), ``dates``, ``numbers`` (casualties and
materiel), ``attribution``, ``events`` (detection, typing, arguments) and ``merge``; ``pipeline``
chains them: :func:`kg.extract.pipeline.extract`; ``batch`` runs it over many inputs.
"""
