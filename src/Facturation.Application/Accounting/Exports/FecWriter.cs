using System.Globalization;
using System.Text;

namespace Facturation.Application.Accounting.Exports;

/// <summary>
/// The Fichier des Écritures Comptables (LPF art. A47 A-1): a header line with the 18 column names, one line per
/// journal line, tab separated, CRLF line ends, ISO-8859-15 (Latin-9, one of the character sets the text
/// allows; characters outside it become '?'), dates yyyyMMdd, amounts with a comma and no thousands separator.
/// </summary>
public sealed class FecWriter : IJournalWriter
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef",
        "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise",
    ];

    private const string NewLine = "\r\n";

    /// <summary>ISO-8859-15, replacing what it cannot encode instead of throwing.</summary>
    public static Encoding Latin9 { get; } = CreateLatin9();

    public string ContentType => "text/plain; charset=iso-8859-15";

    public string Extension => "txt";

    public async Task WriteAsync(IAsyncEnumerable<JournalEntry> entries, Stream output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var writer = new StreamWriter(output, Latin9, 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(string.Join('\t', Columns) + NewLine);
        await foreach (var entry in entries.WithCancellation(ct))
        {
            foreach (var line in entry.Lines)
            {
                await writer.WriteAsync(Record(entry, line) + NewLine);
            }
        }
    }

    private static string Record(JournalEntry entry, JournalLine line) => string.Join('\t', new[]
    {
        Text(entry.JournalCode),
        Text(entry.JournalLabel),
        entry.Number.ToString(CultureInfo.InvariantCulture),
        Date(entry.Date),
        Text(line.Account),
        Text(line.AccountLabel),
        Text(line.AuxiliaryAccount),
        Text(line.AuxiliaryLabel),
        Text(entry.DocumentNumber),
        Date(entry.DocumentDate),
        Text(line.Label),
        Amount(line.Debit),
        Amount(line.Credit),
        Text(line.Letter),
        line.LetterDate is { } lettered ? Date(lettered) : string.Empty,
        Date(entry.ValidationDate),
        line.CurrencyAmount is { } amount ? Amount(amount) : string.Empty,
        Text(line.Currency),
    });

    private static Encoding CreateLatin9()
    {
        // Code pages beyond Latin-1 and UTF come from the provider, registered before the first use.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(28605, new EncoderReplacementFallback("?"), DecoderFallback.ExceptionFallback);
    }

    public static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>A field never contains the separator or a line break (the format has no quoting).</summary>
    private static string Text(string? value) =>
        value is null ? string.Empty : value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Trim();
}
