"""netquiz.server.kernel_budget: caps, ownership, never-connected kernels and refusal logging, without a server."""

from __future__ import annotations

from netquiz.server.kernel_budget import KERNEL_BYTES, KernelBudget, available_memory, default_total


def test_default_total_is_80_percent_of_available_memory(tmp_path):
    assert default_total(available=10 * KERNEL_BYTES) == 8
    assert default_total(available=0) == 4  # never below a handful
    meminfo = tmp_path / "meminfo"
    meminfo.write_text("MemTotal:       24000000 kB\nMemAvailable:   1024000 kB\n")
    assert available_memory(str(meminfo)) == 1024000 * 1024
    assert available_memory(str(tmp_path / "missing")) is None
    assert default_total() >= 4


def test_total_and_per_address_caps():
    budget = KernelBudget(total=5, per_address=2)
    assert budget.admit("a", live=0) is None
    budget.claim("a")
    budget.assigned("k1", "user-a", "a", now=0)
    budget.release("a")
    budget.claim("a")  # a second request in flight counts too
    assert budget.admit("a", live=1) == "address"
    assert budget.admit("b", live=1) is None
    budget.release("a")
    assert budget.admit("b", live=5) == "total"
    assert KernelBudget(total=5, per_address=0).admit("a", live=4) is None  # 0 = no per-address cap


def test_a_kernel_answers_only_its_owner():
    budget = KernelBudget(total=5)
    budget.assigned("k1", "user-a", "a", now=0)
    assert budget.owns("k1", "user-a")
    assert not budget.owns("k1", "user-b") and not budget.owns("k1", None) and not budget.owns("k2", "user-a")


def test_never_connected_kernels_are_stale_after_the_timeout_and_dead_ones_forgotten():
    budget = KernelBudget(total=5, never_connected_s=60)
    budget.assigned("quiet", "u", "a", now=0)
    budget.assigned("used", "u", "a", now=0)
    budget.connected("used")
    budget.connected("unknown")
    assert budget.stale(now=59) == [] and budget.stale(now=60) == ["quiet"]
    budget.forget({"used"})
    assert list(budget.owners) == ["used"] and budget.held("a") == 1


def test_refusals_are_logged_once_per_address_per_minute():
    budget = KernelBudget(total=1)
    assert budget.should_log("a", now=100)
    assert not budget.should_log("a", now=159) and budget.should_log("b", now=159)
    assert budget.should_log("a", now=160)
