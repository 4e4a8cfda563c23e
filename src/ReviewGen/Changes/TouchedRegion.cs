using ReviewGen.Review;

namespace ReviewGen.Changes;

/// <summary>A TLS region of the review whose lines the change touched.</summary>
/// <param name="Category">The machine name of the region's category.</param>
/// <param name="CategoryHeading">The category's heading in the review ("Certificate handling and validation").</param>
/// <param name="Passed">No new finding lies in it: every check that ran over it passed on the changed code.</param>
public sealed record TouchedRegion(string Category, string CategoryHeading, RegionModel Region, bool Passed);
