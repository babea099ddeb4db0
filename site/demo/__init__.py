"""The demo site: `manage.py seed_demo` runs the steps that the apps register, and
they read the demo's data files under `content/`."""
