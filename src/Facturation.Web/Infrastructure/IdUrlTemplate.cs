using System.Globalization;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// One address built by the routing for a placeholder id, then reused for every row of a list: a 50-row page would
/// otherwise run the link generator a hundred times (a tenth of the page's CPU time).
/// </summary>
public sealed class IdUrlTemplate
{
    /// <summary>The id to build the template with (no real id reaches it).</summary>
    public const int Placeholder = int.MaxValue;

    private readonly string _prefix;
    private readonly string _suffix;

    private IdUrlTemplate(string prefix, string suffix) => (_prefix, _suffix) = (prefix, suffix);

    /// <summary>
    /// The template of an address built with <see cref="Placeholder"/> as the id. The last occurrence is the id: a
    /// query value the user typed comes before the value appended last (a list's "this customer" link).
    /// </summary>
    public static IdUrlTemplate Of(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var marker = Placeholder.ToString(CultureInfo.InvariantCulture);
        var at = address.LastIndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"The address must contain the placeholder id: {address}", nameof(address));
        }

        return new IdUrlTemplate(address[..at], address[(at + marker.Length)..]);
    }

    public string For(int id) => string.Concat(_prefix, id.ToString(CultureInfo.InvariantCulture), _suffix);
}
