"""Synthetic conflict events for tests, demos and benchmarks: seeded, vectorised, labelled.

Events cluster around real Myanmar towns (one point per town from the MIMU ward table), with a
heavy-tailed weight per town, a few km of scatter, a share of events further out, ACLED-like
event types, a mix of precision levels and heavy-tailed fatalities. Every frame is labelled:
``source_dataset == "synthetic"``, ``attrs["synthetic"] = True``, ids start with ``SYN-``.

Nothing here is a real event. Low-cardinality text columns are pandas categoricals so that ten
million rows fit in memory.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from mapper.errors import OptionError
from mapper.fileio import atomic_path
from mapper.fileio import to_csv as write_csv
from mapper.schema import EVENT_COLUMNS, PRECISION_LEVELS, SYNTHETIC_ATTR, WGS84
from mapper.sources._validate import MYANMAR_BOUNDS

SOURCE_DATASET = "synthetic"
ID_PREFIX = "SYN-"

#: (event_type, sub_event_type, relative frequency): ACLED's categories, Myanmar-like mix.
EVENT_KINDS: tuple[tuple[str, str, float], ...] = (
    ("Battles", "Armed clash", 0.36),
    ("Battles", "Government regains territory", 0.02),
    ("Battles", "Non-state actor overtakes territory", 0.02),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", 0.10),
    ("Explosions/Remote violence", "Air/drone strike", 0.08),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", 0.07),
    ("Violence against civilians", "Attack", 0.12),
    ("Violence against civilians", "Abduction/forced disappearance", 0.04),
    ("Protests", "Peaceful protest", 0.07),
    ("Riots", "Violent demonstration", 0.02),
    ("Strategic developments", "Arrests", 0.04),
    ("Strategic developments", "Looting/property destruction", 0.06),
)
#: UCDP GED types of violence, mixed like the 2021-2023 Myanmar GED rows (about 2/3 state-based,
#: 1/3 one-sided, 1% non-state); GED has no sub-event types.
UCDP_KINDS: tuple[tuple[str, str | None, float], ...] = (
    ("state-based", None, 0.67),
    ("non-state", None, 0.01),
    ("one-sided", None, 0.32),
)
CATEGORIES = {"acled": EVENT_KINDS, "ucdp": UCDP_KINDS}
#: Event types that carry no fatalities in the generator.
_NON_LETHAL = frozenset({"Protests", "Strategic developments"})

#: Share of events per precision level (same order as PRECISION_LEVELS).
PRECISION_MIX: tuple[float, ...] = (0.30, 0.30, 0.12, 0.23, 0.05)

_SIDE_A = ("Synthetic state forces", "Synthetic militia")
_SIDE_B = tuple(f"Synthetic armed group {i}" for i in range(1, 9)) + ("Civilians",)

_FAR_SHARE = 0.1  # share of located events scattered tens of km from the town
_KM_PER_DEG = 111.32


@lru_cache(maxsize=1)
def _towns() -> pd.DataFrame:
    """One row per MIMU town with a point inside Myanmar, with its ward count."""
    from mapper.gazetteer.mimu import read_wards

    wards = read_wards()
    minx, miny, maxx, maxy = MYANMAR_BOUNDS
    inside = wards["longitude"].between(minx, maxx) & wards["latitude"].between(miny, maxy)
    wards = wards[inside]
    towns = (
        wards.groupby("town_pcode", sort=True)
        .agg(
            name=("town_eng", "first"),
            township=("township_eng", "first"),
            district=("district_eng", "first"),
            state=("state_eng", "first"),
            latitude=("latitude", "first"),
            longitude=("longitude", "first"),
            wards=("ward_pcode", "size"),
        )
        .reset_index()
    )
    return towns


def _categorical(codes: np.ndarray, labels: Iterable[str]) -> pd.Categorical:
    """A categorical from integer codes into ``labels`` (-1 = missing).

    Repeated labels merge; missing labels (None/NaN) give missing values.
    """
    remap, categories = pd.factorize(pd.Series(list(labels), dtype=object), sort=True)
    remap = np.append(remap, -1)  # code -1 stays missing
    return pd.Categorical.from_codes(
        remap[codes], categories=pd.Index(categories.tolist(), dtype=object)
    )


def _event_ids(n: int) -> pd.Series:
    width = max(7, len(str(n)))
    numbers = pc.cast(pa.array(np.arange(1, n + 1, dtype=np.int64)), pa.string())
    ids = pc.binary_join_element_wise(ID_PREFIX, pc.utf8_lpad(numbers, width, "0"), "")
    return pd.Series(pd.arrays.ArrowStringArray(ids), dtype="str")


def _dates(rng: np.random.Generator, n: int, start: str, end: str) -> np.ndarray:
    try:
        t0, t1 = pd.Timestamp(start), pd.Timestamp(end)
    except ValueError as exc:
        raise OptionError(f"synthetic events: bad date: {exc}") from None
    if t1 < t0:
        raise OptionError(f"synthetic events: end {end} is before start {start}")
    first, last = pd.Timestamp.min.ceil("D"), pd.Timestamp.max.floor("D")
    if t0 < first or t1 > last:  # nanosecond dates: beyond them they would wrap around
        raise OptionError(
            f"synthetic events: dates must fall between {first.date()} and {last.date()}"
        )
    days = (t1 - t0).days
    # half uniform, half rising over time (density grows linearly), like escalating conflict
    u = rng.random(n)
    u = np.where(rng.random(n) < 0.5, u, np.sqrt(u))
    offsets = np.minimum(np.floor(u * (days + 1)), days).astype("timedelta64[D]")
    return (np.datetime64(t0.date(), "D") + offsets).astype("datetime64[ns]")


def _fatalities(rng: np.random.Generator, n: int, lethal: np.ndarray) -> np.ndarray:
    # about half the lethal-type events kill nobody; the rest follow a Pareto tail
    tail = np.floor(rng.pareto(1.5, n) * 2.0) + 1.0
    deaths = np.where(rng.random(n) < 0.5, 0.0, np.minimum(tail, 1000.0))
    return np.where(lethal, deaths, 0.0).astype(np.int64)


def synthetic_events(
    n: int,
    *,
    seed: int = 0,
    start: str = "2021-02-01",
    end: str = "2023-12-31",
    bbox: tuple[float, float, float, float] | None = None,
    categories: str = "acled",
) -> gpd.GeoDataFrame:
    """Generate ``n`` synthetic events (seeded, reproducible) as a normalised events frame.

    ``bbox`` (min_lon, min_lat, max_lon, max_lat) limits the towns used as cluster centres.
    ``categories``: "acled" (event/sub-event types like ACLED's) or "ucdp" (GED types of
    violence: state-based, non-state, one-sided).
    Columns: ``EVENT_COLUMNS + geometry`` (EPSG:4326); low-cardinality text columns are
    categoricals. ``attrs``: dataset "synthetic", ``synthetic`` True, ``rejected`` empty.
    """
    if n < 0:
        raise OptionError(f"synthetic events: n must be >= 0, got {n}")
    if categories not in CATEGORIES:
        raise OptionError(f"synthetic events: categories must be acled or ucdp, not {categories!r}")
    rng = np.random.default_rng(seed)
    towns = _towns()
    if bbox is not None:
        minx, miny, maxx, maxy = bbox
        towns = towns[
            towns["longitude"].between(minx, maxx) & towns["latitude"].between(miny, maxy)
        ].reset_index(drop=True)
        if towns.empty:
            raise OptionError(f"synthetic events: no Myanmar town inside bbox {bbox}")

    # heavy-tailed attraction per town: a few towns get most events (like real hotspots)
    weight = (rng.pareto(1.6, len(towns)) + 0.02) * np.sqrt(towns["wards"].to_numpy())
    town = rng.choice(len(towns), size=n, p=weight / weight.sum())
    precision = rng.choice(len(PRECISION_LEVELS), size=n, p=PRECISION_MIX)

    lat0 = towns["latitude"].to_numpy()[town]
    lon0 = towns["longitude"].to_numpy()[town]
    states, state_idx = np.unique(towns["state"].to_numpy(dtype=object), return_inverse=True)
    state_lat = np.bincount(state_idx, towns["latitude"]) / np.bincount(state_idx)
    state_lon = np.bincount(state_idx, towns["longitude"]) / np.bincount(state_idx)
    row_state = state_idx[town]

    # scatter (km): exact ~3 km, near ~6 km, 10% of those further out (~30 km);
    # district-precision events sit on the town point, state ones on the state centre.
    mean_km = np.choose(precision, [3.0, 6.0, 0.0, 0.0, 0.0])
    mean_km = np.where((precision <= 1) & (rng.random(n) < _FAR_SHARE), 30.0, mean_km)
    radius = rng.exponential(1.0, n) * mean_km
    angle = rng.random(n) * 2 * np.pi
    lat = lat0 + radius * np.sin(angle) / _KM_PER_DEG
    lon = lon0 + radius * np.cos(angle) / (_KM_PER_DEG * np.cos(np.radians(lat0)))
    is_state, is_country = precision == 3, precision == 4
    lat = np.where(is_state, state_lat[row_state], lat)
    lon = np.where(is_state, state_lon[row_state], lon)
    lat = np.where(is_country, towns["latitude"].mean(), lat)
    lon = np.where(is_country, towns["longitude"].mean(), lon)
    minx, miny, maxx, maxy = MYANMAR_BOUNDS
    lat, lon = np.clip(lat, miny, maxy), np.clip(lon, minx, maxx)

    kinds = CATEGORIES[categories]
    kind_p = np.array([k[2] for k in kinds])
    kind = rng.choice(len(kinds), size=n, p=kind_p / kind_p.sum())
    types = sorted({k[0] for k in kinds})
    type_code = np.array([types.index(k[0]) for k in kinds])[kind]
    lethal = np.array([k[0] not in _NON_LETHAL for k in kinds])[kind]

    pairs = [f"{a}; {b}" for a in _SIDE_A for b in _SIDE_B]
    actor = rng.choice(len(pairs), size=n, p=np.full(len(pairs), 1 / len(pairs)))

    located = precision <= 2  # exact, near, district: named town and its admin units
    n_towns, n_states = len(towns), len(states)
    coarse_place = np.where(is_state, n_towns + row_state, n_towns + n_states)
    place_code = np.where(located, town, coarse_place)
    places = [*towns["name"], *states, "Myanmar"]

    def admin(column: str) -> pd.Categorical:
        return _categorical(np.where(located, town, -1), towns[column])

    frame = pd.DataFrame(
        {
            "event_id": _event_ids(n),
            "date": _dates(rng, n, start, end),
            "event_type": _categorical(type_code, types),
            "sub_event_type": _categorical(kind, [k[1] for k in kinds]),
            "actors": _categorical(actor, pairs),
            "fatalities": pd.array(_fatalities(rng, n, lethal), dtype="Int64"),
            "place": _categorical(place_code, places),
            "admin1": _categorical(np.where(is_country, -1, row_state), states),
            "admin2": admin("district"),
            "admin3": admin("township"),
            "precision": _categorical(precision, PRECISION_LEVELS),
            "source_dataset": _categorical(np.zeros(n, dtype=np.int8), [SOURCE_DATASET]),
        }
    )
    frame = frame[list(EVENT_COLUMNS)]
    gdf = gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(lon, lat), crs=WGS84)
    gdf.attrs.update(
        {
            "dataset": SOURCE_DATASET,
            "version": f"seed {seed}",
            "path": None,
            "rejected": [],
            SYNTHETIC_ATTR: True,
        }
    )
    return gdf


def to_csv(events: gpd.GeoDataFrame, path: str | os.PathLike[str]) -> Path:
    """Write events as CSV (``EVENT_COLUMNS`` + latitude, longitude), atomically.

    The ``source_dataset`` column keeps the "synthetic" label, and ``mapper.load_events`` reads
    the file back as synthetic.
    """
    frame = pd.DataFrame(events.drop(columns=events.geometry.name))
    frame["date"] = frame["date"].dt.strftime("%Y-%m-%d")
    frame["latitude"] = events.geometry.y.round(6)
    frame["longitude"] = events.geometry.x.round(6)
    with atomic_path(path) as tmp:
        write_csv(frame, tmp)
    return Path(path)
