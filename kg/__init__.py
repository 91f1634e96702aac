"""conflict-kg: armed-conflict news as Linked Data.

Facts (``conflict-kg/facts@1``) become RDF under the conflict-kg ontology, pass a SHACL gate,
and are stored one named graph per article in Oxigraph, from where they are queried and dumped.
"""

__version__ = "0.1.0"
