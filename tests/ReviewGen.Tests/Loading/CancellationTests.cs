using ReviewGen.Loading;

namespace ReviewGen.Tests.Loading;

public sealed class CancellationTests
{
    [Fact]
    public async Task A_cancelled_load_stops_at_restore()
    {
        var request = new LoadRequest(FixturePaths.Of("TwoSolutions/First.sln"), Restore: true);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            SolutionLoader.LoadAsync(request, null, new CancellationToken(canceled: true)));
    }
}
