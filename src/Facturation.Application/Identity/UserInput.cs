namespace Facturation.Application.Identity;

/// <summary>An account as an administrator creates or edits it.</summary>
public sealed class UserInput
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];
}
