using Microsoft.Extensions.Options;

namespace Facturation.Application.Invoicing;

/// <summary>
/// Lets a bounded number of this instance's finalizations run at once (ADR-038). Every finalization of a series
/// queues for one counter row; past "one holding it, one per core preparing", more concurrent finalizations add no
/// throughput — they take the cores from the one holding the counter, whose every round trip then waits behind them, and
/// the counter is held longer for all. Waiting here costs no thread and holds no database lock.
/// Only finalizations in their own transaction take a slot: one inside a caller's transaction may hold rows that a slot
/// holder waits for, and must never wait for a slot itself.
/// </summary>
public sealed class FinalizationGate : IDisposable
{
    private readonly SemaphoreSlim? _slots;

    public FinalizationGate(IOptions<FinalizationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var slots = options.Value.MaxConcurrent ?? Environment.ProcessorCount + 1;
        ArgumentOutOfRangeException.ThrowIfNegative(slots, nameof(FinalizationOptions.MaxConcurrent));
        Capacity = slots;
        _slots = slots > 0 ? new SemaphoreSlim(slots, slots) : null;
    }

    /// <summary>How many finalizations may run at once; 0 when unlimited.</summary>
    public int Capacity { get; }

    /// <summary>How many more may start now (<see cref="Capacity"/> when unlimited).</summary>
    public int Available => _slots?.CurrentCount ?? Capacity;

    /// <summary>Waits for a slot; disposing the result frees it.</summary>
    public async ValueTask<Slot> EnterAsync(CancellationToken ct)
    {
        if (_slots is null)
        {
            return default;
        }

        await _slots.WaitAsync(ct);
        return new Slot(_slots);
    }

    public void Dispose() => _slots?.Dispose();

    /// <summary>A slot taken (or none, when unlimited).</summary>
    public readonly struct Slot(SemaphoreSlim? slots) : IDisposable
    {
        public void Dispose() => slots?.Release();
    }
}
