"""The bundled demo: a static sample site (`site/`), its server and a demo configuration (`config/`)."""
