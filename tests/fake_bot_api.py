"""A local fake of the Telegram Bot API, served over real HTTP on 127.0.0.1.

The bot under test talks to it exactly as to Telegram (python-telegram-bot takes an http://
base_url). Tests queue updates for getUpdates and read back every call the bot made.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_ID = 4242
BOT_USERNAME = "faq_test_bot"


@dataclass
class Call:
    method: str
    params: dict[str, Any]


@dataclass
class FakeBotAPI:
    """Serves /bot<token>/<method>; only ``token`` is accepted, anything else gets 401."""

    token: str
    calls: list[Call] = field(default_factory=list)
    port: int = 0

    def __post_init__(self) -> None:
        #: chat id -> (HTTP status, description): sendMessage to that chat fails so.
        self.failing_chats: dict[int, tuple[int, str]] = {}
        #: chat id -> seconds the server takes to answer sendMessage to that chat.
        self.slow_chats: dict[int, float] = {}
        #: how many of the next sendMessage calls get 429 Too Many Requests (retry_after 1).
        self.throttle_next = 0
        #: faults for the next getUpdates calls, in order: "hang" (past the client's time-out),
        #: "drop" (close the connection), "conflict" (409, another instance polls), "500".
        self.get_updates_faults: list[str] = []
        self.hang_extra = 30.0  # seconds a "hang" lasts past the long-poll time-out
        #: called with (the sendMessage call's number from 1, its params); returns None to
        #: deliver, or (status, description, parameters) to fail the call.
        self.send_fault: Any = None
        self._send_calls = 0
        #: the messages the bot sent, as the API returned them (with their reply_markup).
        self.messages: list[dict[str, Any]] = []
        self._updates: list[dict] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._new_update = asyncio.Event()
        self._new_call = asyncio.Event()
        self._runner: web.AppRunner | None = None

    # -- lifecycle -------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        self._new_update.set()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # -- what tests use ----------------------------------------------------------

    def add_update(self, update: dict) -> int:
        update = {"update_id": next(self._update_ids), **update}
        self._updates.append(update)
        self._new_update.set()
        return update["update_id"]

    def send_text(
        self,
        text: str,
        user_id: int = 1001,
        chat_id: int | None = None,
        first_name: str = "Ada",
        chat_type: str = "private",
    ) -> int:
        """Queue a message from a user, as Telegram would deliver it."""
        chat_id = user_id if chat_id is None else chat_id
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": chat_type, "first_name": first_name},
            "from": {"id": user_id, "is_bot": False, "first_name": first_name},
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return self.add_update({"message": message})

    def message_update(self, message: dict[str, Any]) -> int:
        """Queue any message from a user (photo, sticker, group message, ...)."""
        base = {"message_id": next(self._message_ids), "date": int(time.time())}
        return self.add_update({"message": {**base, **message}})

    def send_group_text(
        self,
        text: str,
        chat_id: int = -100,
        user_id: int = 1001,
        mention: bool = False,
        reply_to: dict | None = None,
    ) -> int:
        """Queue a text message in a supergroup, mentioning the bot or replying to it."""
        message: dict[str, Any] = {
            "chat": {"id": chat_id, "type": "supergroup", "title": "Eczema parents"},
            "from": {"id": user_id, "is_bot": False, "first_name": "Ada"},
            "text": text,
        }
        entities = []
        if mention:
            message["text"] = f"@{BOT_USERNAME} {text}"
            entities.append({"type": "mention", "offset": 0, "length": len(BOT_USERNAME) + 1})
        if message["text"].startswith("/"):
            entities.append(
                {"type": "bot_command", "offset": 0, "length": len(message["text"].split()[0])}
            )
        if entities:
            message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        return self.message_update(message)

    def tap(self, message: dict[str, Any], data: str, user_id: int = 1001) -> int:
        """Queue a tap on an inline button of a message the bot sent."""
        return self.add_update(
            {
                "callback_query": {
                    "id": str(next(self._message_ids)),
                    "from": {"id": user_id, "is_bot": False, "first_name": "Ada"},
                    "chat_instance": "ci-1",
                    "message": message,
                    "data": data,
                }
            }
        )

    def inline(self, query: str, user_id: int = 1001) -> int:
        return self.add_update(
            {
                "inline_query": {
                    "id": str(next(self._message_ids)),
                    "from": {"id": user_id, "is_bot": False, "first_name": "Ada"},
                    "query": query,
                    "offset": "",
                }
            }
        )

    def last_message_to(self, chat_id: int) -> dict[str, Any]:
        return [m for m in self.messages if m["chat"]["id"] == chat_id][-1]

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        return [c.params for c in self.calls if c.method == method]

    async def wait_for(
        self, method: str = "sendMessage", count: int = 1, timeout: float = 10.0
    ) -> list[dict[str, Any]]:
        """Wait until the bot has made ``count`` calls of ``method``; return them all."""
        deadline = asyncio.get_running_loop().time() + timeout
        while len(self.sent(method)) < count:
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                raise AssertionError(
                    f"expected {count} {method} call(s), got {len(self.sent(method))}: "
                    f"{[c.method for c in self.calls]}"
                )
            self._new_call.clear()
            try:
                await asyncio.wait_for(self._new_call.wait(), remaining)
            except TimeoutError:
                pass
        return self.sent(method)

    # -- the API -------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        params = await self._params(request)
        if method != "getUpdates":
            self.calls.append(Call(method, params))
            self._new_call.set()
        if method == "getUpdates" and self.get_updates_faults:
            fault = self.get_updates_faults.pop(0)
            if fault == "hang":
                await asyncio.sleep(float(params.get("timeout") or 0) + self.hang_extra)
            elif fault == "drop":
                request.transport.close()
                return web.Response(status=500)
            elif fault == "conflict":
                return self._error(409, "Conflict: terminated by other getUpdates request")
            elif fault == "500":
                return self._error(500, "Internal Server Error")
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found: method not found"},
                status=404,
            )
        result = await handler(params)
        if isinstance(result, web.Response):
            return result
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    def _error(status: int, description: str, parameters: dict | None = None) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
        if parameters:
            body["parameters"] = parameters
        return web.json_response(body, status=status)

    @staticmethod
    async def _params(request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            return await request.json()
        form = await request.post()
        params: dict[str, Any] = {}
        for key, value in form.items():
            try:
                params[key] = json.loads(value)
            except (TypeError, ValueError):
                params[key] = value
            if isinstance(value, str) and key in ("text", "caption", "query"):
                params[key] = value  # strings are sent as they are, never JSON-encoded
        return params

    async def _api_getMe(self, params: dict) -> dict:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "FAQ Bot",
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }

    async def _api_getUpdates(self, params: dict) -> list[dict]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        self._updates = [u for u in self._updates if u["update_id"] >= offset]
        if not self._updates and timeout:
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), min(timeout, 1.0))
            except TimeoutError:
                pass
        return list(self._updates[:100])

    async def _api_sendMessage(self, params: dict) -> dict | web.Response:
        chat_id = int(params["chat_id"])
        self._send_calls += 1
        if self.send_fault is not None:
            fault = self.send_fault(self._send_calls, params)
            if fault is not None:
                return self._error(*fault)
        if chat_id in self.slow_chats:
            await asyncio.sleep(self.slow_chats[chat_id])
        if chat_id in self.failing_chats:
            status, description = self.failing_chats[chat_id]
            return web.json_response(
                {"ok": False, "error_code": status, "description": description}, status=status
            )
        if self.throttle_next > 0:
            self.throttle_next -= 1
            return web.json_response(
                {
                    "ok": False,
                    "error_code": 429,
                    "description": "Too Many Requests: retry after 1",
                    "parameters": {"retry_after": 1},
                },
                status=429,
            )
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": {
                "id": BOT_ID,
                "is_bot": True,
                "first_name": "FAQ Bot",
                "username": BOT_USERNAME,
            },
            "text": params.get("text", ""),
        }
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        self.messages.append(message)
        return message

    async def _api_editMessageText(self, params: dict) -> dict:
        return self._edited(params)

    async def _api_editMessageReplyMarkup(self, params: dict) -> dict:
        return self._edited(params)

    def _edited(self, params: dict) -> dict:
        for message in self.messages:
            if message["chat"]["id"] == int(params["chat_id"]) and message["message_id"] == int(
                params["message_id"]
            ):
                if "text" in params:
                    message["text"] = params["text"]
                message["reply_markup"] = params.get("reply_markup", {"inline_keyboard": []})
                return message
        raise web.HTTPBadRequest(text="message to edit not found")

    async def _true(self, params: dict) -> bool:
        return True

    _api_deleteWebhook = _true
    _api_setMyCommands = _true
    _api_answerCallbackQuery = _true
    _api_answerInlineQuery = _true
    _api_setWebhook = _true
    _api_close = _true
    _api_logOut = _true
