"""The desktop interface. The only package that imports Qt (see DESIGN.md)."""
