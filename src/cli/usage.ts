/** The command's help, in French and in English. */
import type { Locale } from "../index.js";

export const USAGE: Readonly<Record<Locale, string>> = {
  fr: `Usage : bioproduction-fr <commande> [options]

Commandes :
  search <mots…>             les chiffres et faits dont l'id, le libellé, l'extrait ou la source contiennent chaque mot
  show <id>                  n'importe quel enregistrement : chiffre, fait, source, biocluster, facteur d'émission,
                             série, désaccord, organisation, baromètre, rapport
  list [jeu]                 les jeux de données ; les chiffres et faits d'un jeu ; les séries (list series)
  cite <id> [--style apa|bibtex|csl]
                             la source d'un enregistrement en APA 7, BibTeX ou CSL-JSON ; pour une série, un
                             désaccord ou un biocluster, les sources de ses chiffres
  export --format csv|json|ndjson [--dataset <jeu>] [--table <table>]
                             les données sur la sortie standard (CSV et NDJSON : une table, les chiffres par défaut,
                             les points des séries pour --dataset series ; JSON : les jeux, ou une table avec --table)
  export --format csv --spreadsheet-safe
                             un CSV à ouvrir dans un tableur : une cellule qui commence par = + - @ est précédée d'une
                             apostrophe, pour ne pas être lue comme une formule (le CSV exact est pour pandas et R)
  diff <a> <b> [--json]      les enregistrements ajoutés, retirés, renommés, déplacés et changés entre deux versions (diff --help)
  help                       cette aide

Options :
  --lang fr|en               langue des libellés, des valeurs et des messages (fr par défaut)
  -h, --help                 cette aide
  --version                  la version du package

Codes de sortie : 0 réussite, 1 id inconnu (avec des suggestions), 2 erreur d'usage, 3 sortie impossible à écrire ;
pour diff, comme diff(1) : 0 données identiques, 1 données différentes, 2 erreur (argument ou version illisible).`,
  en: `Usage: bioproduction-fr <command> [options]

Commands:
  search <words…>            figures and facts whose id, label, excerpt or source hold every word
  show <id>                  any record: figure, fact, source, biocluster, emission factor, series, disagreement,
                             organisation, survey, report
  list [dataset]             the datasets; the figures and facts of one; the series (list series)
  cite <id> [--style apa|bibtex|csl]
                             a record's source in APA 7, BibTeX or CSL-JSON; for a series, a disagreement or a
                             biocluster, the sources of its figures
  export --format csv|json|ndjson [--dataset <name>] [--table <name>]
                             the data on stdout (CSV and NDJSON: one table, the figures by default, the series'
                             points for --dataset series; JSON: the datasets, or one table with --table)
  export --format csv --spreadsheet-safe
                             a CSV to open in a spreadsheet: a cell that starts with = + - @ gets a single quote
                             before it, so that it is not run as a formula (the exact CSV is for pandas and R)
  diff <a> <b> [--json]      records added, removed, renamed, moved and changed between two versions (diff --help)
  help                       this help

Options:
  --lang fr|en               language of labels, values and messages (default: fr)
  -h, --help                 this help
  --version                  the package's version

Exit status: 0 success, 1 unknown id (with suggestions), 2 usage error, 3 output that cannot be written;
for diff, as diff(1): 0 the data is the same, 1 it differs, 2 trouble (a bad argument or an unreadable version).`,
};

/** The usage's first line and where the help is, after a usage error. */
export const USAGE_LINE: Readonly<Record<Locale, string>> = {
  fr: "Usage : bioproduction-fr <commande> [options] ; l’aide : bioproduction-fr --help",
  en: "Usage: bioproduction-fr <command> [options]; help: bioproduction-fr --help",
};

/** `bioproduction-fr diff --help`, in French and English. */
export const DIFF_USAGE: Readonly<Record<Locale, string>> = {
  fr: `Usage : bioproduction-fr diff <a> <b> [--json] [--lang fr|en]

Liste les enregistrements ajoutés, retirés, renommés, déplacés et changés entre deux versions des
données, champ par champ. Un enregistrement dont cette version de la commande garde l’ancien
identifiant comme alias est renommé.
<a> et <b> : un dossier qui contient le paquet (node_modules/bioproduction-fr, une archive
dépaquetée), une archive .tgz, ou le nom d’un paquet installé dans node_modules. Seuls les fichiers
ordinaires d’un dossier sont lus (aucun lien symbolique n’est suivi) ; une archive est lue dans les
limites d’un paquet.

Code de sortie : 0 quand les données sont les mêmes, 1 quand elles diffèrent, 2 en cas de problème
(un argument invalide, ou un côté illisible), avec une ligne sur la sortie d’erreur.`,
  en: `Usage: bioproduction-fr diff <a> <b> [--json] [--lang fr|en]

Lists the records added, removed, renamed, moved and changed between two versions of the data,
field by field. A record whose former id this version of the command keeps as an alias is renamed.
<a> and <b>: a folder holding the package (node_modules/bioproduction-fr, an unpacked tarball),
a packed .tgz, or the name of a package installed in node_modules. Only regular files inside a
folder are read (no symbolic link is followed); an archive is read within the limits of a package.

Exit status: 0 when the data is the same, 1 when it differs, 2 for trouble (a bad argument, or a
side that cannot be read), with one line on stderr.`,
};
