"""python-telegram-bot's network layer on aiohttp instead of httpx.

Measured under load (bench/load.py), httpx and its connection pool cost the bot more CPU than
everything else it does for a message; aiohttp's client does the same job for a fraction.
PTB supports this through its documented ``BaseRequest`` interface: errors are mapped to
PTB's own ``TimedOut`` and ``NetworkError``, so retries and error handling are unchanged.
"""

from __future__ import annotations

import aiohttp
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData


class AiohttpRequest(BaseRequest):
    """A ``BaseRequest`` on one ``aiohttp.ClientSession``."""

    def __init__(
        self,
        connection_pool_size: int = 8,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 30.0,
    ):
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                skip_auto_headers=("User-Agent",),
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            await self.initialize()
        assert self._session is not None
        read = self._read_timeout if read_timeout is DEFAULT_NONE else read_timeout
        write = self._write_timeout if write_timeout is DEFAULT_NONE else write_timeout
        connect = self._connect_timeout if connect_timeout is DEFAULT_NONE else connect_timeout
        pool = self._pool_timeout if pool_timeout is DEFAULT_NONE else pool_timeout
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=pool,  # aiohttp's "connect" includes waiting for a free connection
            sock_connect=connect,
            sock_read=read if read is not None else None,
        )
        data: aiohttp.FormData | dict[str, str] | None = None
        if request_data is not None:
            if request_data.contains_files:
                form = aiohttp.FormData()
                for name, value in request_data.multipart_data.items():
                    if isinstance(value, tuple):
                        filename, content, mime = value
                        form.add_field(name, content, filename=filename, content_type=mime)
                    else:
                        form.add_field(name, value)
                data = form
            else:
                data = request_data.json_parameters
        try:
            async with self._session.request(method, url, data=data, timeout=timeout) as response:
                return response.status, await response.read()
        except TimeoutError as exc:
            raise TimedOut(f"Timed out ({write=}, {read=})") from exc
        except aiohttp.ClientError as exc:
            # Only the type: some aiohttp messages carry the URL, and the URL holds the token.
            raise NetworkError(f"aiohttp: {type(exc).__name__}") from exc
