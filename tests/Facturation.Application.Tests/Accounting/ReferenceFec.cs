namespace Facturation.Application.Tests.Accounting;

/// <summary>The committed FEC of the reference data set, compared byte for byte (see Expected/.gitattributes).</summary>
internal static class ReferenceFec
{
    public const string FileName = "884123456FEC20261231.txt";

    public static byte[] Expected() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Accounting", "Expected", FileName));

    /// <summary>Equal bytes, or a failure that leaves the actual file in the temp folder for review.</summary>
    public static void AssertMatches(byte[] actual, string label)
    {
        var expected = Expected();
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }

        var path = Path.Combine(Path.GetTempPath(), $"fec-actual-{label}.txt");
        File.WriteAllBytes(path, actual);
        Assert.Fail($"The {label} FEC differs from Expected/{FileName}; actual written to {path}.");
    }
}
