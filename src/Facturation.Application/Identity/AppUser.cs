using Microsoft.AspNetCore.Identity;

namespace Facturation.Application.Identity;

public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Set for generated passwords: the user must choose a new one at the next login.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime CreatedAtUtc { get; set; } = DateTime.UtcNow;
}
