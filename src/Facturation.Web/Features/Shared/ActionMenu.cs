namespace Facturation.Web.Features.Shared;

/// <summary>A page's single Actions menu: only what the status and the user's rights allow, and why some expected actions are absent.</summary>
public sealed record ActionMenu(IReadOnlyList<MenuAction> Actions, IReadOnlyList<ActionHelp> Help)
{
    public MenuAction? Find(string testId) => Actions.FirstOrDefault(a => a.TestId == testId && a.Confirm is not null);
}
