namespace Facturation.Application.Audit;

/// <summary>
/// The single row every append locks (<c>FOR UPDATE</c> / <c>UPDLOCK, HOLDLOCK</c> / SQLite's writer lock): it
/// serializes appenders across app instances, so the chain never forks, and it says where the chain ends, so a
/// deleted last entry is noticed.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    /// <summary>The previous hash of the very first entry.</summary>
    public static readonly string GenesisHash = new('0', 64);

    private AuditChainHead()
    {
    }

    public int Id { get; private set; } = SingletonId;

    public long LastSequence { get; private set; }

    public string LastHash { get; private set; } = GenesisHash;

    /// <summary>The row the migration inserts.</summary>
    public static AuditChainHead Genesis() => new();

    /// <summary>The row as it is after a write that ends the chain at <paramref name="last"/>.</summary>
    internal static AuditChainHead EndingAt(AuditEntry last) => new() { LastSequence = last.Sequence, LastHash = last.Hash };
}
