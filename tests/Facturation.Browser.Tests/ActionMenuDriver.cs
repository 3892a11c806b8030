using Microsoft.Playwright;

namespace Facturation.Browser.Tests;

/// <summary>Drives a page's single Actions menu (ADR-029) as a user does: open it, choose an entry, confirm in the dialog.</summary>
public static class ActionMenuDriver
{
    public static async Task ChooseAsync(IPage page, string testId)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByTestId("actions-toggle").ClickAsync();
        await page.GetByTestId("actions").GetByTestId(testId).ClickAsync();
    }

    /// <summary>Chooses an irreversible action, gives the reason when asked, and confirms it in its dialog.</summary>
    public static async Task ConfirmAsync(IPage page, string testId, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        await ChooseAsync(page, testId);
        var dialog = page.GetByTestId(testId + "-dialog");
        if (reason is not null)
        {
            await dialog.GetByTestId("reason").FillAsync(reason);
        }

        await dialog.GetByTestId("confirm").ClickAsync();
    }
}
