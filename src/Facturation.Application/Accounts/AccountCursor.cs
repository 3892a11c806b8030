using System.Globalization;
using System.Text;
using Facturation.Domain.Common;

namespace Facturation.Application.Accounts;

/// <summary>
/// A position in a customer's account (account order: date, documents before payments, id), written into the
/// <c>after</c> parameter as base64url of <c>yyyy-MM-dd|d|id</c> (d: document) or <c>…|p|id</c> (payment). The next page
/// starts strictly before it in newest-first order, so a customer with a hundred thousand entries pages in constant time.
/// </summary>
public sealed record AccountCursor(DateOnly Date, bool IsDocument, int SourceId)
{
    public static AccountCursor Of(AccountEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Date, entry.IsDocument, entry.SourceId);
    }

    /// <summary>The cursor of <paramref name="value"/>, null when absent; an unreadable one is refused on the <c>after</c> field.</summary>
    public static AccountCursor? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var base64 = value.Replace('-', '+').Replace('_', '/');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')));
            var parts = text.Split('|');
            if (parts.Length == 3 && parts[1] is "d" or "p"
                && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return new AccountCursor(date, parts[1] == "d", id);
            }
        }
        catch (FormatException)
        {
            // Falls through to the refusal below.
        }

        throw new DomainException("account.cursor", "Position de page illisible : repartez de la première page du compte.", "after");
    }

    public override string ToString() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{Date:yyyy-MM-dd}|{(IsDocument ? "d" : "p")}|{SourceId}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
