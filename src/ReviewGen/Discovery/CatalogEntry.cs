using ReviewGen.Catalog;

namespace ReviewGen.Discovery;

/// <param name="Symbol">Fully-qualified type or member name (Namespace.Type or Namespace.Type.Member).</param>
/// <param name="Handshake">Calling it performs a TLS handshake.</param>
/// <param name="Signature">A method with a parameter of this type is a region over its whole body.</param>
/// <param name="ConnectionString">A parameter or property that receives a connection string, whose keywords carry TLS settings.</param>
public sealed record CatalogEntry(string Symbol, TlsCategory Category, bool Handshake, bool Signature, bool ConnectionString = false);
