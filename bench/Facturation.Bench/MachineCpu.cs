using System.Globalization;

namespace Facturation.Bench;

/// <summary>
/// CPU time spent by the whole machine (every process: this one and the database server beside it), from Linux's
/// /proc/stat; zero elsewhere. A finalization costs as much in PostgreSQL's backends as in the app, and on a two-core
/// machine their sum is what bounds the throughput, so the bench reports both.
/// </summary>
internal static class MachineCpu
{
    private const string StatFile = "/proc/stat";

    /// <summary>Busy time (user, nice, system, irq, softirq, steal) of every core since boot.</summary>
    public static TimeSpan Busy()
    {
        if (!File.Exists(StatFile))
        {
            return TimeSpan.Zero;
        }

        // "cpu  user nice system idle iowait irq softirq steal guest guest_nice", in clock ticks (USER_HZ, 100 on Linux).
        var fields = File.ReadLines(StatFile).First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long[] busyColumns = [1, 2, 3, 6, 7, 8];
        var ticks = busyColumns.Sum(column => long.Parse(fields[column], CultureInfo.InvariantCulture));
        return TimeSpan.FromMilliseconds(ticks * 10);
    }
}
