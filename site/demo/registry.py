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
    before: tuple


_steps = {}
_surroundings = {}


def register(name, step, after=(), before=()):
    """Add a step, to run after the steps named in `after` and before those named in
    `before` (registering a name again replaces its step). `before` lets an app's
    step go ahead of a step of an app that cannot know it."""
    _steps[name] = Step(name, step, tuple(after), tuple(before))


def _waits_for(step):
    """The steps `step` runs after: its own `after`, and every step naming it in
    `before`."""
    return set(step.after) | {s.name for s in _steps.values() if step.name in s.before}


def register_surrounding(name, context):
    """Add `context(seeder)`, a context manager entered before the first step and
    left after the demo's transaction has been committed."""
    _surroundings[name] = context


def surroundings():
    return list(_surroundings.values())


def ordered_steps():
    """Every step after the steps it names, and otherwise in the order registered."""
    unknown = sorted(
        f"{s.name} -> {a}"
        for s in _steps.values()
        for a in (*s.after, *s.before)
        if a not in _steps
    )
    if unknown:
        raise ImproperlyConfigured(f"Demo steps wait for steps nobody registered: {unknown}")
    done, order = set(), []
    waiting = list(_steps.values())
    while waiting:
        step = next((s for s in waiting if _waits_for(s) <= done), None)
        if step is None:
            names = ", ".join(s.name for s in waiting)
            raise ImproperlyConfigured(f"Demo steps wait for each other: {names}")
        waiting.remove(step)
        done.add(step.name)
        order.append(step)
    return order
