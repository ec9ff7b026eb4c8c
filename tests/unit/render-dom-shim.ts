/**
 * happy-dom 21 defines `Node.prototype.nodeName` as a getter that always returns '' (subclasses
 * override it). DOMPurify reads nodeName through that prototype getter to resist clobbering, so
 * under happy-dom every element looks disallowed and gets unwrapped. Browsers dispatch the
 * getter per node type; this shim does the same. Import it before rendering HTML in tests.
 */
const base = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeName');
if (base?.get && base.get.call(document.createElement('p')) === '') {
  Object.defineProperty(Node.prototype, 'nodeName', {
    configurable: true,
    get(this: Node) {
      for (let proto = Object.getPrototypeOf(this); proto && proto !== Node.prototype; proto = Object.getPrototypeOf(proto)) {
        const own = Object.getOwnPropertyDescriptor(proto, 'nodeName');
        if (own?.get) return own.get.call(this);
      }
      return base.get?.call(this);
    },
  });
}
export {};
