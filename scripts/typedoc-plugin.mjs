// A TypeDoc plugin that keeps the API pages readable. Loaded by typedoc.json.
//
// TypeDoc writes a type out in full when it converts it from the checker rather than from the
// code: the data constants (`CLUSTERS`, `FIGURES`…) are `as const` literals, and writing their
// types out repeats the whole dataset, excerpts included, on their pages and on the pages of every
// function that returns one of their records. This plugin
// - writes function signatures as the code declares them (`(typeof CLUSTERS)[Id]`, `readonly
//   Cluster[]`, `Id extends ClusterId`) rather than expanded;
// - writes the type of a data constant the way an editor shows it on hover, shortened, since its
//   records are documented by their schema (`Cluster`, `Figure`…) and listed in the catalogue;
// - leaves out the "default value" of the properties of the types derived from the schemas (`id:
//   string = IdSchema`): they are the zod schemas that parse them, not defaults;
// - files each re-export of the root entry point under the category of what it re-exports, so that
//   the `bioproduction-fr` module lists its exports by dataset, as the subpath modules do;
// - titles each guide with its first heading rather than its file name (the guides carry no YAML
//   front matter, which the Markdown formatter does not keep).
//
// TypeDoc is imported when the plugin loads, by a name held in a variable: a static import would put
// TypeDoc's declarations in the project's type-check, and they need the DOM's WebAssembly types,
// which this Node-only project does not load.
const TYPEDOC = "typedoc";
/** @type {any} */
let Models;
/** @type {any} */
let ts;

/** Removes from the project the type-literal reflections a type holds, before the type is replaced. */
function forget(project, type) {
  if (type === undefined) return;
  const literals = [];
  type.visit(Models.makeRecursiveVisitor({ reflection: (t) => literals.push(t.declaration) }));
  for (const declaration of literals) project.removeReflection(declaration);
}

/** Whether a type holds a type literal somewhere. */
function holdsLiteral(type) {
  let found = false;
  type?.visit(
    Models.makeRecursiveVisitor({
      reflection: () => {
        found = true;
      },
    }),
  );
  return found;
}

/** Converts a type from its type node, after removing what the checker-based conversion made. */
function fromNode(context, type, node) {
  forget(context.project, type);
  return context.converter.convertType(context, node);
}

/** @param {any} app TypeDoc's `Application` */
export async function load(app) {
  const typedoc = await import(TYPEDOC);
  Models = typedoc.Models;
  ts = typedoc.TypeScript;
  const { Converter } = typedoc;

  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    // Only functions the code declares with `function`: their types are written by hand. A
    // function made by a factory keeps the checker's type, which resolves the factory's generics.
    if (declaration === undefined || !ts.isFunctionDeclaration(declaration)) return;
    const inSignature = context.withScope(signature);
    if (declaration.type !== undefined) {
      signature.type = fromNode(inSignature, signature.type, declaration.type);
    }
    for (const parameter of signature.parameters ?? []) {
      const node = declaration.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === parameter.name);
      if (node?.type !== undefined)
        parameter.type = fromNode(inSignature.withScope(parameter), parameter.type, node.type);
    }
    for (const typeParameter of signature.typeParameters ?? []) {
      const node = declaration.typeParameters?.find((p) => p.name.text === typeParameter.name);
      const inTypeParameter = inSignature.withScope(typeParameter);
      if (node?.constraint !== undefined) {
        typeParameter.type = fromNode(inTypeParameter, typeParameter.type, node.constraint);
      }
      if (node?.default !== undefined) {
        typeParameter.default = fromNode(inTypeParameter, typeParameter.default, node.default);
      }
    }
  });

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(Models.ReflectionKind.Variable) || !holdsLiteral(reflection.type)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const declaration = symbol?.declarations?.find(ts.isVariableDeclaration);
    if (symbol === undefined || declaration === undefined || declaration.type !== undefined) return;
    const hover = context.checker.typeToString(context.checker.getTypeOfSymbol(symbol), declaration);
    forget(context.project, reflection.type);
    reflection.type = new Models.UnknownType(hover);
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const kinds = Models.ReflectionKind;
    for (const reflection of context.project.getReflectionsByKind(kinds.Property)) {
      if (reflection.parent?.kindOf(kinds.Interface | kinds.TypeLiteral)) delete reflection.defaultValue;
    }
    for (const document of context.project.getReflectionsByKind(kinds.Document)) {
      const text = document.content.map((part) => part.text).join("");
      const heading = text.match(/^#\s+(.+)$/m)?.[1]?.trim();
      if (heading !== undefined) document.name = heading;
    }
    for (const reference of context.project.getReflectionsByKind(kinds.Reference)) {
      const target = reference.getTargetReflectionDeep();
      const comments = [target.comment, ...(target.signatures ?? []).map((signature) => signature.comment)];
      const category = comments.map((comment) => comment?.getTag("@category")).find((tag) => tag !== undefined);
      if (category !== undefined && reference.comment === undefined) {
        reference.comment = new Models.Comment([], [category.clone()]);
      }
    }
  });
}
