namespace Facturation.Application.Identity;

public sealed record UserSummary(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool LockedOut, bool MustChangePassword);
