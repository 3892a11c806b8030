namespace Facturation.Application.Mail;

/// <summary>A send request of the same document a few minutes ago: to whom, how long ago.</summary>
public sealed record RecentSending(string Recipients, int MinutesAgo)
{
    public string Question => $"Ce document a déjà été envoyé à {Recipients} il y a {MinutesAgo} minute{(MinutesAgo > 1 ? "s" : string.Empty)} — confirmer le nouvel envoi ?";
}
