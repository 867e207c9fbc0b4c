"""The built-in rule families of newslint, one module per family.

They register through the ``newslint.rules`` entry-point group in
``setup.cfg``, exactly as a third-party plugin would.
"""
