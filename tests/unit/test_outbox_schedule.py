"""The outbox's retry schedule and what each answer of the court's system means (domain.outbox)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from mediation_desk.domain.outbox import (BACKOFF_CAP, JITTER, RETRY_AFTER_CAP, ErrorKind, SendResult, Verdict, backoff,
                                          classify, next_attempt)

T0 = datetime(2026, 12, 3, 9, 30, tzinfo=timezone(timedelta(hours=8)))


def test_backoff_doubles_from_one_minute_and_is_capped_at_an_hour() -> None:
    assert [backoff(n) for n in range(1, 10)] == [timedelta(minutes=m) for m in (1, 2, 4, 8, 16, 32, 60, 60, 60)]
    assert backoff(1000) == BACKOFF_CAP
    with pytest.raises(ValueError):
        backoff(0)


@pytest.mark.parametrize("attempts", [1, 3, 7, 40])
def test_jitter_is_bounded(attempts: int) -> None:
    base = backoff(attempts)
    for unit in (0.0, 0.25, 0.5, 0.999999, 1.0, -3.0, 7.0):
        wait = backoff(attempts, unit)
        assert base <= wait <= base * (1 + JITTER)
    assert backoff(attempts, 0.5) == base * (1 + JITTER / 2)


def test_retry_after_is_honoured_when_longer_and_bounded() -> None:
    assert next_attempt(T0, 1, 0.0) == T0 + timedelta(minutes=1)
    assert next_attempt(T0, 1, 0.0, retry_after_s=600) == T0 + timedelta(minutes=10)
    assert next_attempt(T0, 6, 0.0, retry_after_s=5) == T0 + timedelta(minutes=32)  # shorter: the back-off stays
    assert next_attempt(T0, 1, 0.0, retry_after_s=10 ** 9) == T0 + RETRY_AFTER_CAP


@pytest.mark.parametrize("status,verdict", [
    (200, Verdict.SENT), (201, Verdict.SENT), (202, Verdict.SENT), (409, Verdict.SENT),
    (408, Verdict.RETRY), (429, Verdict.RETRY), (500, Verdict.RETRY), (502, Verdict.RETRY), (503, Verdict.RETRY),
    (504, Verdict.RETRY), (400, Verdict.FAILED), (401, Verdict.FAILED), (403, Verdict.FAILED), (404, Verdict.FAILED),
    (413, Verdict.FAILED), (422, Verdict.FAILED), (301, Verdict.FAILED), (307, Verdict.FAILED),
])
def test_http_answers(status: int, verdict: Verdict) -> None:
    outcome = classify(SendResult(status=status, body=b'{"status": "x"}'))
    assert outcome.verdict is verdict
    assert (outcome.message == "") is (verdict is Verdict.SENT)
    assert outcome.receipt["status"] == status and outcome.receipt["answer"] == {"status": "x"}


def test_an_answer_with_a_reference_is_an_acknowledgement() -> None:
    for status in (201, 409):
        outcome = classify(SendResult(status=status, reference="(2026)赣0102收0001号"))
        assert outcome.verdict is Verdict.ACKNOWLEDGED and outcome.receipt["reference"] == "(2026)赣0102收0001号"


@pytest.mark.parametrize("kind,verdict,starts", [
    (ErrorKind.CONNECT, Verdict.RETRY, "无法连接法院系统"),
    (ErrorKind.TIMEOUT, Verdict.RETRY, "法院系统在限定时间内没有答复"),
    (ErrorKind.RESET, Verdict.RETRY, "发送过程中连接中断"),
    (ErrorKind.TLS_VERIFY, Verdict.FAILED, "法院系统的证书未通过验证"),
    (ErrorKind.TLS_REJECTED, Verdict.FAILED, "法院系统拒绝了本机构的客户端证书"),
    (ErrorKind.CONFIG, Verdict.FAILED, "发送设置有误"),
    (ErrorKind.SOURCE, Verdict.FAILED, "案件库中保存的移交包无法读取或已损坏"),
])
def test_errors_without_an_answer(kind: ErrorKind, verdict: Verdict, starts: str) -> None:
    outcome = classify(SendResult(error=kind, detail="detail line\nsecond"))
    assert outcome.verdict is verdict and outcome.message.startswith(starts) and outcome.message.endswith("。")
    assert "second" not in outcome.message and outcome.message_en


def test_the_sentence_when_retries_give_up_does_not_promise_a_retry() -> None:
    from mediation_desk.domain.outbox import gave_up

    for result in (SendResult(error=ErrorKind.TIMEOUT), SendResult(status=503), SendResult(error=ErrorKind.RESET)):
        text = gave_up(classify(result), 8)
        assert "稍后自动重试" not in text and "已自动尝试8次仍未成功" in text and text.endswith("手动重新发送。")
    assert gave_up(classify(SendResult(status=503)), 8).startswith("法院系统暂时无法接收（HTTP 503）；")
