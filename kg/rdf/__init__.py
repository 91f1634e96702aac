"""Facts → RDF: namespaces, IRI minting and the mapping itself. Pure functions, no I/O."""
