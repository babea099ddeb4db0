"""The steps that make the demo. Each app registers its own from its
AppConfig.ready(), so the platform's `seed_demo` runs them without importing any
app. A step is a callable `step(seeder)` that changes nothing when run again."""

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class Step:
    name: str
    run: object
    after: tuple


_steps = {}
_surroundings = {}


def register(name, step, after=()):
    """Add a step, to run after the named steps (registering a name again replaces
    its step)."""
    _steps[name] = Step(name, step, tuple(after))


def register_surrounding(name, context):
    """Add `context(seeder)`, a context manager entered before the first step and
    left after the demo's transaction has been committed."""
    _surroundings[name] = context


def surroundings():
    return list(_surroundings.values())


def ordered_steps():
    """Every step after the steps it names, and otherwise in the order registered."""
    unknown = sorted(
        f"{s.name} -> {a}" for s in _steps.values() for a in s.after if a not in _steps
    )
    if unknown:
        raise ImproperlyConfigured(f"Demo steps wait for steps nobody registered: {unknown}")
    done, order = set(), []
    waiting = list(_steps.values())
    while waiting:
        step = next((s for s in waiting if set(s.after) <= done), None)
        if step is None:
            names = ", ".join(s.name for s in waiting)
            raise ImproperlyConfigured(f"Demo steps wait for each other: {names}")
        waiting.remove(step)
        done.add(step.name)
        order.append(step)
    return order
