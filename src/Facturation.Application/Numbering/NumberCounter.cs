namespace Facturation.Application.Numbering;

/// <summary>
/// The next counter value of one numbering series for one period ("" never reset, "2026" yearly,
/// "2026-11" monthly). Only ever changed by <see cref="NumberAllocator"/>'s single atomic statement.
/// </summary>
public sealed class NumberCounter
{
    private NumberCounter()
    {
    }

    public int SeriesId { get; private set; }

    public string Period { get; private set; } = string.Empty;

    public long NextValue { get; private set; }
}
