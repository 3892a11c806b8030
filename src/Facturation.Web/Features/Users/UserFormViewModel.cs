using Facturation.Application.Identity;

namespace Facturation.Web.Features.Users;

/// <summary>The user form: <see cref="Id"/> (an Identity id) is null on creation; an existing user's e-mail is read-only.</summary>
public sealed record UserFormViewModel(string? Id, UserInput Input)
{
    public bool IsNew => Id is null;
}
