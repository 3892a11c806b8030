using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Facturation.Application.Data;

/// <summary>
/// Inside a transaction it opened, EF Core wraps every <c>SaveChanges</c> in a savepoint (<c>SAVEPOINT</c> before,
/// <c>RELEASE</c> after) so that a caller could go on after a failed save. A use case that rolls back its whole
/// transaction on any failure has no use for it, and on PostgreSQL those are two round trips more while the series'
/// counter row is locked. Suspended for the scope of such a transaction only; the previous setting comes back after.
/// </summary>
public static class AutoSavepoints
{
    public static Suspension Suspend(DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var suspension = new Suspension(database, database.AutoSavepointsEnabled);
        database.AutoSavepointsEnabled = false;
        return suspension;
    }

    /// <summary>Restores the setting found when suspended.</summary>
    public readonly struct Suspension(DatabaseFacade database, bool previous) : IDisposable
    {
        public void Dispose() => database.AutoSavepointsEnabled = previous;
    }
}
