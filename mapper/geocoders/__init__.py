"""Online geocoders, used only when asked: :class:`OnlineFallback` (geopy, cached, rate-limited).

Example::

    from mapper.geocoders import OnlineFallback
    online = OnlineFallback("nominatim", user_agent="myproject/1.0 (me@example.org)")
    online.geocode("Hpakant")  # {"name", "address", "latitude", "longitude", "source", "raw"}
"""

from __future__ import annotations

from mapper.geocoders.cache import GeocodeCache
from mapper.geocoders.online import USER_AGENT_ENV, OnlineFallback, OnlineGeocoderError

__all__ = ["GeocodeCache", "OnlineFallback", "OnlineGeocoderError", "USER_AGENT_ENV"]
