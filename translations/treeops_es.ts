<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Assessment</name>
    <message>
        <location filename="../core/assessments/AssessmentService.cpp" line="+53"/>
        <source>the store has no active catalog or rates; import them first</source>
        <translation>el almacén de datos no tiene un catálogo ni tarifas activos; impórtelos primero</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>catalog %1 or rates %2 is not in the store</source>
        <translation>el catálogo %1 o las tarifas %2 no están en el almacén de datos</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>assessment %1 is %2 and cannot become %3</source>
        <translation>la evaluación %1 está en estatus %2 y no puede pasar a %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>every assessment in a batch needs an id</source>
        <translation>cada evaluación de un lote necesita un id</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stored assessment %1 no longer reads: %2</source>
        <translation>la evaluación guardada %1 ya no se puede leer: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>assessment %1 does not exist</source>
        <translation>la evaluación %1 no existe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>assessment %1 no longer validates with the active catalog and rates: %2</source>
        <translation>la evaluación %1 ya no pasa la validación con el catálogo y las tarifas activos: %2</translation>
    </message>
    <message>
        <location filename="../core/scoring/AssessmentJson.cpp" line="+86"/>
        <source>&quot;%1&quot; is not supported; expected &quot;%2&quot;</source>
        <translation>&quot;%1&quot; no es compatible; se esperaba &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot; has no rates; known states: %2</source>
        <translation>&quot;%1&quot; no tiene tarifas; estados conocidos: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a crew tier; allowed: beginner, experienced, expert</source>
        <translation>&quot;%1&quot; no es un nivel de cuadrilla; valores permitidos: beginner, experienced, expert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at least one crew member is required</source>
        <translation>se requiere al menos un miembro de la cuadrilla</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a known position</source>
        <translation>&quot;%1&quot; no es un puesto conocido</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not known equipment</source>
        <translation>&quot;%1&quot; no es un equipo conocido</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&quot;%1&quot; is not a service; allowed: removal, trimming, stump_grinding</source>
        <translation>&quot;%1&quot; no es un servicio; valores permitidos: removal, trimming, stump_grinding</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 trees; an assessment has 1..%2</source>
        <translation>%1 árboles; una evaluación admite de 1 a %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; is not a modifier of %2</source>
        <translation>&quot;%1&quot; no es un modificador de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+34"/>
        <source>&quot;%1&quot; is selected twice</source>
        <translation>&quot;%1&quot; está seleccionado dos veces</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&quot;%1&quot; is not in catalog %2</source>
        <translation>&quot;%1&quot; no está en el catálogo %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is retired in catalog %2</source>
        <translation>&quot;%1&quot; está retirado en el catálogo %2</translation>
    </message>
    <message>
        <location filename="../core/assessments/DemoSeeder.cpp" line="+30"/>
        <source>demo data did not validate: %1</source>
        <translation>los datos de demostración no pasaron la validación: %1</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../core/scoring/CatalogJson.cpp" line="+51"/>
        <location line="+66"/>
        <source>&quot;%1&quot; is not an AFISS domain</source>
        <translation>&quot;%1&quot; no es un dominio AFISS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>domain &quot;%1&quot; has no weight</source>
        <translation>el dominio &quot;%1&quot; no tiene peso</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>weights add up to %1; they must sum to 1 (within %2)</source>
        <translation>los pesos suman %1; deben sumar 1 (con una tolerancia de %2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 modifiers; at most %2 are allowed</source>
        <translation>%1 modificadores; se permiten como máximo %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; does not belong to factor %2 (expected %2.&lt;n&gt;)</source>
        <translation>&quot;%1&quot; no pertenece al factor %2 (se esperaba %2.&lt;n&gt;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; se usa dos veces</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+18"/>
        <location line="+3"/>
        <location line="+25"/>
        <location line="+23"/>
        <location line="+12"/>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&quot;%1&quot; does not match AF_%2_NNN for domain %3</source>
        <translation>&quot;%1&quot; no coincide con AF_%2_NNN para el dominio %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is not a factor</source>
        <translation>&quot;%1&quot; no es un factor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not active</source>
        <translation>&quot;%1&quot; no está activo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a rule needs two different factors</source>
        <translation>una regla necesita dos factores distintos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>at least one complexity band is required</source>
        <translation>se requiere al menos una banda de complejidad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 leaves a gap or overlap; expected %2</source>
        <translation>%1 deja un hueco o una superposición; se esperaba %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be greater than from</source>
        <translation>debe ser mayor que from</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the last band must end at 100</source>
        <translation>la última banda debe terminar en 100</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../core/cli/CliApplication.cpp" line="+100"/>
        <source>TreeOps command line: quoting, reference data and the store.</source>
        <translation>Línea de comandos de TreeOps: presupuestos, datos de referencia y almacén de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the TreeOps version.</source>
        <translation>Muestra la versión de TreeOps.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Input file, or - for standard input.</source>
        <translation>Archivo de entrada, o - para la entrada estándar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment status: %1.</source>
        <translation>Estatus de la evaluación: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by state (USPS code).</source>
        <translation>Filtrar por estado (código USPS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by customer, address or id.</source>
        <translation>Filtrar por cliente, dirección o id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output format: text or json.</source>
        <translation>Formato de salida: text o json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most this many rows.</source>
        <translation>Como máximo esta cantidad de filas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many demo assessments.</source>
        <translation>Cantidad de evaluaciones de demostración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed for reproducible demo data.</source>
        <translation>Semilla para generar datos de demostración reproducibles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row version being replaced (refuses to overwrite a newer save).</source>
        <translation>Versión de la fila que se reemplaza (no sobrescribe una versión guardada más reciente).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redis hot tier in front of the store, redis://[:password@]host:port/db (default: $TREEOPS_HOT_TIER; the password may come from REDISCLI_AUTH).</source>
        <translation>Nivel caliente Redis delante del almacén, redis://[:contraseña@]host:puerto/bd (predeterminado: $TREEOPS_HOT_TIER; la contraseña puede venir de REDISCLI_AUTH).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archive assessments last updated more than N days ago.</source>
        <translation>Archivar las evaluaciones actualizadas por última vez hace más de N días.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessments moved and verified per transaction.</source>
        <translation>Evaluaciones movidas y verificadas por transacción.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quality rule to run (repeat for several; default: all).</source>
        <translation>Una regla de calidad que ejecutar (repítala para varias; por omisión: todas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failing keys kept per quality rule.</source>
        <translation>Claves con fallo que se guardan por regla de calidad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List archived assessments too (read-only, marked archived).</source>
        <translation>Listar también las evaluaciones archivadas (de solo lectura, marcadas como archivadas).</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run treeops-cli --help for usage.</source>
        <translation>Ejecute treeops-cli --help para ver cómo se usa.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>error: cannot read %1: %2</source>
        <translation>error: no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no command given</source>
        <translation>no se indicó ningún comando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>catalog takes export, validate FILE or import FILE</source>
        <translation>catalog admite export, validate FILE o import FILE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>catalog %1 is valid (%2 factors, %3 interaction rules)</source>
        <translation>el catálogo %1 es válido (%2 factores, %3 reglas de interacción)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>rates takes export, validate FILE or import FILE</source>
        <translation>rates admite export, validate FILE o import FILE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rates %1 are valid (%2 states, %3 positions, %4 machines)</source>
        <translation>las tarifas %1 son válidas (%2 estados, %3 puestos, %4 equipos)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>archive takes run or stats</source>
        <translation>archive admite run o stats</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--older-than-days needs a number of days (0 or more) and --batch a number of assessments (1 or more)</source>
        <translation>--older-than-days necesita un número de días (0 o más) y --batch un número de evaluaciones (1 o más)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[%1%] %2</source>
        <translation>[%1%] %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 copies left by an interrupted run were replaced</source>
        <translation>se sustituyeron %1 copias que dejó una ejecución interrumpida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 assessments, %3 quotes, %4</source>
        <translation>%1: %2 evaluaciones, %3 presupuestos, %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>archive: %1 assessments, %2 quotes, %3</source>
        <translation>archivo: %1 evaluaciones, %2 presupuestos, %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--sample-limit and --limit take whole numbers</source>
        <translation>--sample-limit y --limit admiten números enteros</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quality report takes --format html, csv or json</source>
        <translation>quality report admite --format html, csv o json</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quality report takes a run number</source>
        <translation>quality report admite un número de ejecución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format is text or json</source>
        <translation>--format es text o json</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>store test-connection needs --store URL</source>
        <translation>store test-connection necesita --store URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connected to %1</source>
        <translation>conectado a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server: %1</source>
        <translation>servidor: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>round trip: %1 ms (connecting took %2 ms)</source>
        <translation>ida y vuelta: %1 ms (la conexión tardó %2 ms)</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>catalog %1 published and active</source>
        <translation>catálogo %1 publicado y activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalog %1 was already published; it is now active</source>
        <translation>el catálogo %1 ya estaba publicado; ahora está activo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>rates %1 published and active</source>
        <translation>tarifas %1 publicadas y activas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rates %1 were already published; they are now active</source>
        <translation>las tarifas %1 ya estaban publicadas; ahora están activas</translation>
    </message>
    <message>
        <location line="+140"/>
        <location line="+36"/>
        <source>--status %1 is not one of %2</source>
        <translation>--status %1 no es ninguno de estos valores: %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+23"/>
        <source>--expect-version takes a whole number</source>
        <translation>--expect-version requiere un número entero</translation>
    </message>
    <message>
        <location line="-366"/>
        <source>Store URL (default: $TREEOPS_STORE, or %1).</source>
        <translation>URL del almacén de datos (predeterminado: $TREEOPS_STORE, o %1).</translation>
    </message>
    <message>
        <location line="+318"/>
        <source>assessment takes save, list, show ID, status ID, delete ID or duplicate ID</source>
        <translation>assessment admite save, list, show ID, status ID, delete ID o duplicate ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>assessment %1 needs an ID</source>
        <translation>assessment %1 necesita un ID</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>deleted %1; it is kept in the deletion record</source>
        <translation>se eliminó %1; se conserva en el registro de eliminaciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>assessment status needs --status, one of %1</source>
        <translation>assessment status necesita --status, uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>saved %1 (version %2, %3, price %4)</source>
        <translation>se guardó %1 (versión %2, %3, precio %4)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--limit takes a whole number of at least 1</source>
        <translation>--limit requiere un número entero de al menos 1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--format takes text or json</source>
        <translation>--format admite text o json</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n assessment(s) listed</source>
        <translation>
            <numerusform>%n evaluación listada</numerusform>
            <numerusform>%n evaluaciones listadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>assessment show needs an ID</source>
        <translation>assessment show necesita un ID</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+117"/>
        <source>error: no assessment %1</source>
        <translation>error: no existe la evaluación %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>warning: the stored quote says %1 but its pinned catalog and rates give %2</source>
        <translation>advertencia: el presupuesto guardado indica %1, pero su catálogo y tarifas fijados dan %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>demo seed needs --count N with N from 1 to 1000000</source>
        <translation>demo seed necesita --count N con N entre 1 y 1000000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--seed takes a whole number</source>
        <translation>--seed requiere un número entero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>progress: %1% stored %2 of %3 demo assessments</source>
        <translation>progreso: %1%; se guardaron %2 de %3 evaluaciones de demostración</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 demo assessments stored in %2</source>
        <translation>%1 evaluaciones de demostración guardadas en %2</translation>
    </message>
    <message>
        <location filename="../core/cli/QualityCommand.cpp" line="+44"/>
        <source>error: quality takes run, rules, history, save-rule or report</source>
        <translation>error: quality admite run, rules, history, save-rule o report</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run %1: score %2 — %3 pass, %4 warn, %5 fail; %6 error, %7 not applicable (not scored)</source>
        <translation>Ejecución %1: puntuación %2 — %3 correctas, %4 avisos, %5 fallos; %6 errores, %7 no aplicables (sin puntuar)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1  %2  score %3  %4 fail, %5 error</source>
        <translation>%1  %2  puntuación %3  %4 fallos, %5 errores</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>saved %1, version %2</source>
        <translation>guardada %1, versión %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no quality run is stored yet; run `treeops-cli quality run` first</source>
        <translation>aún no hay ninguna ejecución de calidad guardada; ejecute antes `treeops-cli quality run`</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no quality run %1</source>
        <translation>no existe la ejecución de calidad %1</translation>
    </message>
</context>
<context>
    <name>DocumentCommand</name>
    <message>
        <location filename="../widgets/workspace/DocumentCommand.cpp" line="+22"/>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site</source>
        <translation>sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crew</source>
        <translation>cuadrilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equipment</source>
        <translation>equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>travel time</source>
        <translation>tiempo de traslado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emergency</source>
        <translation>emergencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trees</source>
        <translation>árboles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk factors</source>
        <translation>factores de riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed costs</source>
        <translation>costos fijos</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <location filename="../widgets/common/DocumentFiles.cpp" line="+27"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the file cannot be created</source>
        <translation>no se puede crear el archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF could not be finished</source>
        <translation>no se pudo terminar el PDF</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write %1 (%2). Choose a folder you can write to and try again.</source>
        <translation>No se pudo escribir %1 (%2). Elija una carpeta en la que tenga permiso de escritura y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+39"/>
        <source>The store already has assessments; no demo data added.</source>
        <translation>El almacén de datos ya tiene evaluaciones; no se agregaron datos de demostración.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 demo assessments stored in %2</source>
        <translation>%1 evaluaciones de demostración guardadas en %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>TreeOps operations console.</source>
        <translation>Consola de operaciones de TreeOps.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store N demo assessments first if the store has none.</source>
        <translation>Guardar primero N evaluaciones de demostración si el almacén de datos no tiene ninguna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the window, load the first page of assessments and exit.</source>
        <translation>Abrir la ventana, cargar la primera página de evaluaciones y salir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>error: --demo takes a number from 1 to %1</source>
        <translation>error: --demo requiere un número del 1 al %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <location filename="../core/json/JsonReader.cpp" line="+43"/>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+15"/>
        <source>expected a JSON object at the top level</source>
        <translation>se esperaba un objeto JSON en el nivel superior</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>an array</source>
        <translation>un arreglo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>unknown field; allowed here: %1</source>
        <translation>campo desconocido; permitidos aquí: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 is not a list</source>
        <translation>%1 no es una lista</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not true or false</source>
        <translation>%1 no es true ni false</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an object</source>
        <translation>%1 no es un objeto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not text</source>
        <translation>%1 no es texto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a finite number</source>
        <translation>no es un número finito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a whole number (allowed %2)</source>
        <translation>%1 no es un número entero (rango permitido: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is outside %2</source>
        <translation>%1 está fuera del rango %2</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../core/storage/outbox/Outbox.cpp" line="+132"/>
        <source>%1 is not a TreeOps outbox; it was left untouched</source>
        <translation>%1 no es una bandeja de salida de TreeOps; no se ha tocado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was written by a newer TreeOps; it was left untouched</source>
        <translation>%1 fue escrita por un TreeOps más nuevo; no se ha tocado</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>no queued change #%1</source>
        <translation>no hay ningún cambio en cola n.º %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not applied: it builds on change #%1, which was refused</source>
        <translation>no aplicado: depende del cambio n.º %1, que fue rechazado</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>change #%1 is not a refused change; only those can be discarded</source>
        <translation>el cambio n.º %1 no es un cambio rechazado; solo esos se pueden descartar</translation>
    </message>
    <message>
        <location filename="../core/storage/outbox/OutboxReplayer.cpp" line="+16"/>
        <source>save of assessment %1</source>
        <translation>guardado de la evaluación %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status change of assessment %1 to %2</source>
        <translation>cambio de estado de la evaluación %1 a %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deletion of assessment %1</source>
        <translation>eliminación de la evaluación %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The %1, made offline at %2, was not applied: %3</source>
        <translation>El %1, hecho sin conexión el %2, no se aplicó: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 failed %2 times; last error: %3</source>
        <translation>El %1 falló %2 veces; último error: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending the %1</source>
        <translation>Enviando el %1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n cambio enviado</numerusform>
            <numerusform>%n cambios enviados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/outbox/WriteJson.cpp" line="+21"/>
        <source>a queued change is unreadable: %1</source>
        <translation>un cambio en cola es ilegible: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>format %1 is not known to this TreeOps</source>
        <translation>este TreeOps no conoce el formato %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no assessment id or status</source>
        <translation>falta el id de la evaluación o el estado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its quote has no catalog version or price</source>
        <translation>a su presupuesto le falta la versión del catálogo o el precio</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../core/quality/QualityJson.cpp" line="+43"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; no es uno de %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a threshold: give failing rows (&quot;0&quot;, &quot;25&quot;) or a share of the rows examined (&quot;0.5%&quot;)</source>
        <translation>&quot;%1&quot; no es un umbral: indique filas con fallo (&quot;0&quot;, &quot;25&quot;) o una proporción de las filas examinadas (&quot;0.5%&quot;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a rule id: use lower-case words joined by dots, such as custom.stale_drafts</source>
        <translation>&quot;%1&quot; no es un id de regla: use palabras en minúsculas unidas por puntos, como custom.stale_drafts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>not JSON: %1 at offset %2</source>
        <translation>no es JSON: %1 en la posición %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a custom rule is a JSON object</source>
        <translation>una regla personalizada es un objeto JSON</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the query is empty</source>
        <translation>la consulta está vacía</translation>
    </message>
    <message>
        <location filename="../core/quality/QualityRunner.cpp" line="+289"/>
        <source>no such rule: %1 (treeops-cli quality rules lists them)</source>
        <translation>no existe la regla: %1 (treeops-cli quality rules las enumera)</translation>
    </message>
    <message>
        <location filename="../core/quality/QualityTypes.cpp" line="+42"/>
        <source>Completeness</source>
        <translation>Completitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validity</source>
        <translation>Validez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uniqueness</source>
        <translation>Unicidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consistency</source>
        <translation>Coherencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeliness</source>
        <translation>Actualidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referential integrity</source>
        <translation>Integridad referencial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pass</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fail</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <location filename="../core/quality/ReferenceQueries.cpp" line="+40"/>
        <source>catalog %1</source>
        <translation>catálogo %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rates %1</source>
        <translation>tarifas %1</translation>
    </message>
    <message>
        <location filename="../core/quality/SqlRule.cpp" line="+27"/>
        <source>a quality check is a query: it starts with SELECT or WITH and only reads data</source>
        <translation>una comprobación de calidad es una consulta: empieza por SELECT o WITH y solo lee datos</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the rule&apos;s query must give a number in its &quot;failing&quot; column</source>
        <translation>la consulta de la regla debe dar un número en su columna &quot;failing&quot;</translation>
    </message>
    <message>
        <location filename="../core/quality/Score.cpp" line="+30"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../core/quality/CustomRules.cpp" line="+19"/>
        <source>%1 is a built-in rule; give the custom rule an id of its own</source>
        <translation>%1 es una regla integrada; dé a la regla personalizada un identificador propio</translation>
    </message>
</context>
<context>
    <name>QualityAlert</name>
    <message>
        <location filename="../core/quality/QualityAlert.cpp" line="+51"/>
        <source>TreeOps: data quality needs attention</source>
        <translation>TreeOps: la calidad de los datos requiere atención</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the score is %1, under %2</source>
        <translation>la puntuación es %1, por debajo de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not run</source>
        <translation>%1 no se pudo ejecutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fails on %2 of %3 rows</source>
        <translation>%1 falla en %2 de %3 filas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1: %2.</source>
        <translation>Ejecución %1: %2.</translation>
    </message>
</context>
<context>
    <name>QualityReport</name>
    <message>
        <location filename="../core/quality/QualityReport.cpp" line="+52"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By dimension</source>
        <translation>Por dimensión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>By dataset</source>
        <translation>Por conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failing rows</source>
        <translation>Filas con fallo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows examined</source>
        <translation>Filas examinadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn / fail above</source>
        <translation>Aviso / fallo por encima de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The check could not run:</source>
        <translation>La comprobación no se pudo ejecutar:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %2 rows fail; the first %n key(s):</source>
        <translation>
            <numerusform>%1 de %2 filas fallan; la primera clave:</numerusform>
            <numerusform>%1 de %2 filas fallan; las primeras %n claves:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What fails</source>
        <translation>Qué falla</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+30"/>
        <source>Data quality — run %1</source>
        <translation>Calidad de los datos — ejecución %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run from %1 to %2</source>
        <translation>Ejecución de %1 a %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report made %1</source>
        <translation>Informe generado %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/ 100</source>
        <translation>/ 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pass, %2 warn, %3 fail. Not in the score: %4 error, %5 not applicable.</source>
        <translation>%1 correctas, %2 avisos, %3 fallos. Fuera de la puntuación: %4 errores, %5 no aplicables.</translation>
    </message>
</context>
<context>
    <name>QualityRules</name>
    <message>
        <location filename="../core/quality/AssessmentRules.cpp" line="+42"/>
        <source>Required fields complete</source>
        <translation>Campos obligatorios completos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every assessment has a customer name, a site address, a state, its services and its document.</source>
        <translation>Cada evaluación tiene nombre de cliente, dirección del sitio, estado, sus servicios y su documento.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customers on record</source>
        <translation>Clientes registrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every assessment&apos;s customer is one of the customers the store keeps, so the quote can be sent to somebody.</source>
        <translation>El cliente de cada evaluación es uno de los clientes que guarda el almacén, de modo que el presupuesto puede enviarse a alguien.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tree measurements within range</source>
        <translation>Medidas de los árboles dentro del rango</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every tree&apos;s measurements are within the ranges the scoring specification allows for its service (height 5–200 ft, canopy radius 1–100 ft, DBH 1–120 in; stumps 0–48 in above grade, grind depth 4–24 in, diameter 4–120 in).</source>
        <translation>Las medidas de cada árbol están dentro de los rangos que la especificación permite para su servicio (altura 5–200 ft, radio de copa 1–100 ft, DAP 1–120 in; tocones 0–48 in sobre el suelo, profundidad de triturado 4–24 in, diámetro 4–120 in).</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Factor codes valid for the pinned catalog</source>
        <translation>Códigos de factor válidos para el catálogo fijado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every AFISS factor an assessment selects is an active factor of the catalog version its quote was made with (the active catalog when it has no quote).</source>
        <translation>Cada factor AFISS que selecciona una evaluación es un factor activo de la versión del catálogo con la que se hizo su presupuesto (el catálogo activo si no tiene presupuesto).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quoted prices above zero</source>
        <translation>Precios presupuestados mayores que cero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every assessment&apos;s latest quote has a price above $0.</source>
        <translation>El último presupuesto de cada evaluación tiene un precio mayor que 0 $.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statuses reached by valid steps</source>
        <translation>Estados alcanzados por pasos válidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every status is one of draft, quoted, accepted and completed, and an assessment past draft has the quote it was sent with: statuses only move on from a priced draft.</source>
        <translation>Cada estado es draft, quoted, accepted o completed, y una evaluación que ya no es borrador tiene el presupuesto con el que se envió: los estados solo avanzan desde un borrador con precio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No duplicate assessments</source>
        <translation>Sin evaluaciones duplicadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No two assessments share the same customer, site address and day of creation.</source>
        <translation>No hay dos evaluaciones con el mismo cliente, dirección del sitio y día de creación.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quotes name published reference data</source>
        <translation>Los presupuestos nombran datos de referencia publicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every stored quote names a catalog version and a rates version that are published in the store.</source>
        <translation>Cada presupuesto guardado nombra una versión de catálogo y una de tarifas publicadas en el almacén.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lists show the latest quote</source>
        <translation>Las listas muestran el último presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The price and band that lists show for an assessment are those of its latest quote.</source>
        <translation>El precio y la banda que las listas muestran de una evaluación son los de su último presupuesto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dates in order</source>
        <translation>Fechas en orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No assessment was updated before it was created, nor created after the time of the run.</source>
        <translation>Ninguna evaluación se actualizó antes de crearse ni se creó después del momento de la ejecución.</translation>
    </message>
    <message>
        <location filename="../core/quality/CatalogRules.cpp" line="+21"/>
        <source>At least 340 active factors</source>
        <translation>Al menos 340 factores activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The active AFISS catalog holds at least 340 active factors (modifiers not counted).</source>
        <translation>El catálogo AFISS activo tiene al menos 340 factores activos (sin contar modificadores).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every domain has at least 20 factors</source>
        <translation>Cada dominio tiene al menos 20 factores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each AFISS domain of the active catalog has at least 20 active factors.</source>
        <translation>Cada dominio AFISS del catálogo activo tiene al menos 20 factores activos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Domain weights sum to 1</source>
        <translation>Los pesos de los dominios suman 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weights of the five domains in the active catalog sum to 1 within 0.001, and each is a number.</source>
        <translation>Los pesos de los cinco dominios del catálogo activo suman 1 con una tolerancia de 0,001, y cada uno es un número.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Percentages between 0 and 100</source>
        <translation>Porcentajes entre 0 y 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every factor&apos;s base percentage and every modifier&apos;s percentage in the active catalog is a number from 0 to 100.</source>
        <translation>El porcentaje base de cada factor y el porcentaje de cada modificador del catálogo activo es un número de 0 a 100.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unique codes</source>
        <translation>Códigos únicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No factor or modifier code appears twice in the active catalog.</source>
        <translation>Ningún código de factor o modificador aparece dos veces en el catálogo activo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Modifiers belong to active factors</source>
        <translation>Los modificadores pertenecen a factores activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every modifier of the active catalog is coded after its own factor (factor code, a dot, a number), and that factor is active.</source>
        <translation>Cada modificador del catálogo activo lleva el código de su propio factor (código del factor, un punto, un número), y ese factor está activo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Interactions name active factors</source>
        <translation>Las interacciones nombran factores activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both factors named by each interaction rule of the active catalog exist and are active.</source>
        <translation>Los dos factores que nombra cada regla de interacción del catálogo activo existen y están activos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Complexity bands cover 0 to 100</source>
        <translation>Las bandas de complejidad cubren de 0 a 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The complexity bands of the active catalog start at 0, end at 100 and follow one another without gaps or overlaps.</source>
        <translation>Las bandas de complejidad del catálogo activo empiezan en 0, terminan en 100 y se suceden sin huecos ni superposiciones.</translation>
    </message>
    <message>
        <location filename="../core/quality/QuoteRecomputeRule.cpp" line="+473"/>
        <source>Stored quotes recompute to their price</source>
        <translation>Los presupuestos guardados se recalculan a su precio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every assessment&apos;s latest quote, priced again from the stored assessment with the catalog and rates versions it names, comes to the stored price within $0.01.</source>
        <translation>El último presupuesto de cada evaluación, calculado de nuevo a partir de la evaluación guardada con las versiones de catálogo y tarifas que nombra, da el precio guardado con una diferencia máxima de 0,01 $.</translation>
    </message>
    <message>
        <location filename="../core/quality/RatesRules.cpp" line="+22"/>
        <source>Equipment hourly cost within $10–$1,000</source>
        <translation>Coste horario del equipo entre 10 $ y 1.000 $</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every machine&apos;s hourly cost (ownership and operating, by the USACE method) in the active rates is between $10 and $1,000.</source>
        <translation>El coste horario de cada máquina (propiedad y operación, por el método USACE) en las tarifas activas está entre 10 $ y 1.000 $.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wages at or above each state&apos;s minimum</source>
        <translation>Salarios iguales o superiores al mínimo de cada estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every position&apos;s hourly wage in the active rates is at least the minimum wage of every state the rates cover.</source>
        <translation>El salario por hora de cada puesto en las tarifas activas es al menos el salario mínimo de cada estado que cubren las tarifas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Service margins and hourly ranges make sense</source>
        <translation>Márgenes y rangos horarios de servicio coherentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For every service in the active rates the margin is from 0 to 0.95 and the competitive hourly range runs from low to a higher high.</source>
        <translation>Para cada servicio de las tarifas activas el margen va de 0 a 0,95 y el rango horario competitivo va de un mínimo a un máximo mayor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every assessed state has rates</source>
        <translation>Cada estado evaluado tiene tarifas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every state an assessment is in is one of the states of the active rates, so it can be priced again.</source>
        <translation>Cada estado en el que hay una evaluación es uno de los estados de las tarifas activas, de modo que se puede volver a calcular su precio.</translation>
    </message>
    <message>
        <location filename="../core/quality/StoreRules.cpp" line="+29"/>
        <source>Rates updated within 7 days</source>
        <translation>Tarifas actualizadas en los últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The active rates were published in the last 7 days, so quotes use current wages, fuel and equipment prices.</source>
        <translation>Las tarifas activas se publicaron en los últimos 7 días, de modo que los presupuestos usan salarios, combustible y precios de equipo actuales.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Catalog updated within 30 days</source>
        <translation>Catálogo actualizado en los últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The active AFISS catalog was published in the last 30 days.</source>
        <translation>El catálogo AFISS activo se publicó en los últimos 30 días.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Expected tables and columns present</source>
        <translation>Tablas y columnas esperadas presentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every table and column TreeOps reads exists in the store.</source>
        <translation>Cada tabla y columna que lee TreeOps existe en el almacén.</translation>
    </message>
    <message>
        <location filename="../core/quality/VolumeRule.cpp" line="+28"/>
        <source>Daily assessments within the usual range</source>
        <translation>Evaluaciones diarias dentro del rango habitual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday&apos;s number of new assessments lies within the mean ± 3 standard deviations of the 14 days before it.</source>
        <translation>El número de evaluaciones nuevas de ayer está dentro de la media ± 3 desviaciones típicas de los 14 días anteriores.</translation>
    </message>
</context>
<context>
    <name>QualityWorker</name>
    <message>
        <location filename="../core/quality/QualityWorker.cpp" line="+96"/>
        <source>Checking %1 (%2 of %3)</source>
        <translation>Comprobando %1 (%2 de %3)</translation>
    </message>
</context>
<context>
    <name>QuoteDocument</name>
    <message>
        <location filename="../widgets/quote/QuoteDocument.cpp" line="+75"/>
        <source>Quote no.</source>
        <translation>Presupuesto n.º</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+150"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QUOTE</source>
        <translation>PRESUPUESTO</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PREPARED FOR</source>
        <translation>PREPARADO PARA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WORK SITE</source>
        <translation>LUGAR DEL TRABAJO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tree removal</source>
        <translation>Remoción de árboles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tree trimming</source>
        <translation>Poda de árboles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stump grinding</source>
        <translation>Trituración de tocones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 in across, ground %2 in deep</source>
        <translation>%1 in de diámetro, triturado a %2 in de profundidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ft tall, %2 in trunk</source>
        <translation>%1 ft de altura, tronco de %2 in</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Site complexity: %1.</source>
        <translation>Complejidad del sitio: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priced as emergency service.</source>
        <translation>Precio calculado como servicio de emergencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The total is our minimum charge for a visit.</source>
        <translation>El total corresponde a nuestro cargo mínimo por visita.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prices include travel to the site.</source>
        <translation>Los precios incluyen el traslado al sitio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prices include travel to the site and: %1.</source>
        <translation>Los precios incluyen el traslado al sitio y: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Safety measures included</source>
        <translation>Medidas de seguridad incluidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our crew follows standard arboricultural safety practice on every job.</source>
        <translation>Nuestra cuadrilla sigue las prácticas estándar de seguridad en arboricultura en cada trabajo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For this site the price also covers:</source>
        <translation>Para este sitio, el precio también cubre:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This quote is valid until %1.</source>
        <translation>Este presupuesto es válido hasta el %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment is due on completion of the work. Work is scheduled once the signed quote is returned; prices may change if the work or site differs from what is described above.</source>
        <translation>El pago vence al completar el trabajo. El trabajo se programa una vez que recibamos el presupuesto firmado; los precios pueden cambiar si el trabajo o el sitio difieren de lo descrito arriba.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accepted by</source>
        <translation>Aceptado por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 · Quote %2</source>
        <translation>%1 · Presupuesto %2</translation>
    </message>
</context>
<context>
    <name>Rates</name>
    <message>
        <location filename="../core/scoring/RatesJson.cpp" line="+104"/>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>at least one entry is required</source>
        <translation>se requiere al menos una entrada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>is above high (%1)</source>
        <translation>es mayor que high (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a two-letter USPS code</source>
        <translation>&quot;%1&quot; no es un código USPS de dos letras</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>with nonproductive_hours it leaves no productive hours in the year</source>
        <translation>junto con nonproductive_hours no deja horas productivas en el año</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
</context>
<context>
    <name>Redis</name>
    <message>
        <location filename="../core/storage/redis/RedisConnection.cpp" line="+129"/>
        <source>cannot reach Redis at %1: out of memory</source>
        <translation>no se puede llegar a Redis en %1: memoria agotada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot reach Redis at %1: %2</source>
        <translation>no se puede llegar a Redis en %1: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Redis at %1 refused authentication: check the password in the URL or in REDISCLI_AUTH (%2)</source>
        <translation>Redis en %1 rechazó la autenticación: revise la contraseña de la URL o de REDISCLI_AUTH (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Redis at %1 requires a password: set REDISCLI_AUTH or write it in the URL as redis://:password@host</source>
        <translation>Redis en %1 exige contraseña: defina REDISCLI_AUTH o escríbala en la URL como redis://:contraseña@host</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redis at %1 has no database %2 (%3)</source>
        <translation>Redis en %1 no tiene la base de datos %2 (%3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Redis at %1 did not answer %2 within %3 ms</source>
        <translation>Redis en %1 no respondió a %2 en %3 ms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redis at %1 closed the connection</source>
        <translation>Redis en %1 cerró la conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost the connection to Redis at %1: %2</source>
        <translation>se perdió la conexión con Redis en %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Redis at %1 refused %2: %3</source>
        <translation>Redis en %1 rechazó %2: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Redis at %1 answered SCAN in an unexpected form</source>
        <translation>Redis en %1 respondió a SCAN de forma inesperada</translation>
    </message>
</context>
<context>
    <name>RedisUrl</name>
    <message>
        <location filename="../core/storage/redis/RedisUrl.cpp" line="+37"/>
        <source>options after &quot;?&quot; or &quot;#&quot; are not supported</source>
        <translation>no se admiten opciones después de &quot;?&quot; o &quot;#&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a valid Redis URL: %2</source>
        <translation>&quot;%1&quot; no es una URL de Redis válida: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it must start with redis://</source>
        <translation>debe empezar por redis://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS (rediss://) is not supported by this build; use redis://</source>
        <translation>esta versión no admite TLS (rediss://); use redis://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the scheme &quot;%1&quot; is not redis://</source>
        <translation>el esquema &quot;%1&quot; no es redis://</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write the password as :password@ or user:password@</source>
        <translation>escriba la contraseña como :contraseña@ o usuario:contraseña@</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the IPv6 address has no closing &quot;]&quot;</source>
        <translation>a la dirección IPv6 le falta el &quot;]&quot; de cierre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected &quot;%1&quot; after the host</source>
        <translation>&quot;%1&quot; inesperado después del host</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the host is missing (as in redis://127.0.0.1:6379/0)</source>
        <translation>falta el host (como en redis://127.0.0.1:6379/0)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>el puerto &quot;%1&quot; no es un número de 1 a 65535</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the database &quot;%1&quot; is not a number 0 or more (as in /0 at the end)</source>
        <translation>la base de datos &quot;%1&quot; no es un número de 0 en adelante (como /0 al final)</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../widgets/quality/ReportFiles.cpp" line="+20"/>
        <source>Data quality — run %1</source>
        <translation>Calidad de los datos — ejecución %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../widgets/main/Settings.cpp" line="+212"/>
        <source>A webhook is an http:// or https:// address, such as https://hooks.example.com/treeops.</source>
        <translation>Un webhook es una dirección http:// o https://, como https://hooks.example.com/treeops.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings are saved as plain text, so a password is not kept here. Set TREEOPS_QUALITY_WEBHOOK_URL in the environment instead.</source>
        <translation>La configuración se guarda como texto sin cifrar, así que aquí no se guarda ninguna contraseña. Defina TREEOPS_QUALITY_WEBHOOK_URL en el entorno.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../core/storage/sqlite/SqliteDatabase.cpp" line="+50"/>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file is not a TreeOps database or is damaged (%1); it was left untouched</source>
        <translation>el archivo no es una base de datos de TreeOps o está dañado (%1); no se modificó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/storage/ReferenceContent.cpp" line="+27"/>
        <source>stored %1 is unreadable: %2</source>
        <translation>los datos guardados de %1 no se pueden leer: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlite/SqliteStore.cpp" line="+141"/>
        <source>%1 has schema version %2, newer than this TreeOps understands (%3). Use a newer TreeOps; the file was not changed.</source>
        <translation>%1 tiene la versión de esquema %2, más reciente que la que admite esta versión de TreeOps (%3). Use una versión más reciente de TreeOps; el archivo no se modificó.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is an SQLite database of another application; TreeOps will not change it. Choose another file.</source>
        <translation>%1 es una base de datos SQLite de otra aplicación; TreeOps no la modificará. Elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../core/storage/postgres/PostgresStore.cpp" line="+401"/>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the PostgreSQL database at %1 holds tables of another application; TreeOps will not change it. Use an empty database or schema of its own.</source>
        <translation>la base de datos PostgreSQL en %1 contiene tablas de otra aplicación; TreeOps no la modificará. Use una base de datos vacía o un esquema propio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the PostgreSQL database at %1 has schema version %2, newer than this TreeOps understands (%3). Use a newer TreeOps; the database was not changed.</source>
        <translation>la base de datos PostgreSQL en %1 tiene la versión de esquema %2, más nueva de la que entiende este TreeOps (%3). Use un TreeOps más nuevo; la base de datos no se modificó.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../core/storage/sqlite/SqliteStore.cpp" line="+60"/>
        <source>version &quot;%1&quot; is already published with different content; published versions never change, so give this one a new version</source>
        <translation>la versión &quot;%1&quot; ya está publicada con otro contenido; las versiones publicadas nunca cambian, así que asigne a esta una versión nueva</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../core/storage/sqlite/SqliteStore.cpp" line="+34"/>
        <source>version &quot;%1&quot; is not published</source>
        <translation>la versión &quot;%1&quot; no está publicada</translation>
    </message>
    <message>
        <location line="+51"/>
        <location filename="../core/storage/sqlite/SqliteStore.cpp" line="+40"/>
        <source>catalog %1</source>
        <translation>catálogo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/storage/sqlite/SqliteStore.cpp" line="+4"/>
        <source>active catalog</source>
        <translation>catálogo activo</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../core/storage/sqlite/SqliteStore.cpp" line="+17"/>
        <source>rates %1</source>
        <translation>tarifas %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/storage/sqlite/SqliteStore.cpp" line="+3"/>
        <source>active rates</source>
        <translation>tarifas activas</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../core/storage/sqlite/SqliteStore.cpp" line="+32"/>
        <source>assessment %1 already exists; open it to change it</source>
        <translation>la evaluación %1 ya existe; ábrala para modificarla</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../core/storage/sqlite/SqliteStore.cpp" line="+59"/>
        <source>assessment %1 is in the archive and read-only; save it as a new draft to change it</source>
        <translation>la evaluación %1 está en el archivo y es de solo lectura; guárdela como un borrador nuevo para cambiarla</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/storage/sqlite/SqliteStore.cpp" line="+43"/>
        <source>idempotency key %1 was already used for another change (%2 of assessment %3); nothing was changed</source>
        <translation>la clave de idempotencia %1 ya se usó para otro cambio (%2 de la evaluación %3); no se cambió nada</translation>
    </message>
    <message>
        <location filename="../core/assessments/StoreWorker.cpp" line="+121"/>
        <source>%1. This computer has not reached the store before, so it has no catalog and rates to quote with until it does</source>
        <translation>%1. Este equipo no ha llegado antes al almacén, así que no tiene catálogo ni tarifas con los que presupuestar hasta que lo haga</translation>
    </message>
    <message>
        <location line="+90"/>
        <location filename="../core/storage/postgres/PostgresStore.cpp" line="-27"/>
        <location filename="../core/storage/sqlite/SqliteStore.cpp" line="-57"/>
        <source>assessment %1 does not exist</source>
        <translation>la evaluación %1 no existe</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not saved: %1</source>
        <translation>no se guardó: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/postgres/PostgresStore.cpp" line="+3"/>
        <location filename="../core/storage/sqlite/SqliteStore.cpp" line="+4"/>
        <source>assessment %1 was changed elsewhere at %2 (version %3, you edited version %4). Nothing was overwritten: reload it, or save yours as a copy.</source>
        <translation>la evaluación %1 se modificó en otro lugar el %2 (versión %3; usted editó la versión %4). No se sobrescribió nada: vuelva a cargarla o guarde la suya como copia.</translation>
    </message>
    <message>
        <location filename="../core/storage/StoreFactory.cpp" line="+32"/>
        <source>cannot create the folder %1 for the store</source>
        <translation>no se puede crear la carpeta %1 para el almacén de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder; the store URL must name a file</source>
        <translation>%1 es una carpeta; la URL del almacén de datos debe indicar un archivo</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&quot;%1&quot;: an SQLite store URL is sqlite:///absolute/path/file.db</source>
        <translation>&quot;%1&quot;: una URL de almacén de datos SQLite tiene la forma sqlite:///absolute/path/file.db</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is a hot tier: give it as the hot tier URL (--hot-tier), in front of an SQLite or PostgreSQL store</source>
        <translation>&quot;%1&quot; es un nivel caliente: indíquelo como URL del nivel caliente (--hot-tier), delante de un almacén SQLite o PostgreSQL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a store URL; use sqlite:///path/to/file.db or postgresql://user@host:port/database</source>
        <translation>&quot;%1&quot; no es una URL de almacén; use sqlite:///ruta/al/archivo.db o postgresql://usuario@host:puerto/basededatos</translation>
    </message>
    <message>
        <location filename="../core/assessments/StoreWorker.cpp" line="+148"/>
        <source>the store is not open</source>
        <translation>el almacén de datos no está abierto</translation>
    </message>
    <message>
        <location filename="../core/storage/ConnectionTest.cpp" line="+28"/>
        <source>a connection test needs a PostgreSQL URL (postgresql://user@host:port/database or host=… dbname=…)</source>
        <translation>la prueba de conexión necesita una URL de PostgreSQL (postgresql://usuario@host:puerto/basededatos o host=… dbname=…)</translation>
    </message>
    <message>
        <location filename="../core/storage/postgres/PostgresConnection.cpp" line="+24"/>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/storage/postgres/PostgresErrors.cpp" line="+123"/>
        <source>the PostgreSQL store URL is not valid: %1</source>
        <translation>la URL del almacén PostgreSQL no es válida: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/postgres/PostgresErrors.cpp" line="-75"/>
        <source>this record already exists, so nothing was saved (%1)</source>
        <translation>este registro ya existe, así que no se guardó nada (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a quote names a catalog or rates version that is not published; nothing was saved (%1)</source>
        <translation>un presupuesto nombra una versión de catálogo o de tarifas no publicada; no se guardó nada (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refused: %1; nothing was changed</source>
        <translation>rechazado: %1; no se cambió nada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database refused a value, so nothing was saved (%1)</source>
        <translation>la base de datos rechazó un valor, así que no se guardó nada (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another console changed the same data at the same moment; nothing was saved, try again</source>
        <translation>otra consola cambió los mismos datos en el mismo momento; no se guardó nada, inténtelo de nuevo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+69"/>
        <source>lost the connection to the PostgreSQL server at %1: it stopped or cannot be reached; nothing was changed (%2)</source>
        <translation>se perdió la conexión con el servidor PostgreSQL en %1: se detuvo o no se puede alcanzar; no se cambió nada (%2)</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>the PostgreSQL user at %1 is not allowed to do this (%2)</source>
        <translation>el usuario de PostgreSQL en %1 no tiene permiso para esto (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PostgreSQL server at %1 is out of disk space, memory or connections (%2)</source>
        <translation>al servidor PostgreSQL en %1 le falta espacio en disco, memoria o conexiones (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PostgreSQL server at %1 reported an error: %2</source>
        <translation>el servidor PostgreSQL en %1 informó de un error: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the PostgreSQL server at %1 refused the login: wrong user name or password. Keep the password in ~/.pgpass, a service file or PGPASSWORD, not in the store URL (%2)</source>
        <translation>el servidor PostgreSQL en %1 rechazó el inicio de sesión: usuario o contraseña incorrectos. Guarde la contraseña en ~/.pgpass, un archivo de servicio o PGPASSWORD, no en la URL del almacén (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the PostgreSQL server at %1 has no database of that name; check the name in the store URL or create the database (%2)</source>
        <translation>el servidor PostgreSQL en %1 no tiene una base de datos con ese nombre; revise el nombre en la URL del almacén o cree la base de datos (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the store URL requires an encrypted (TLS) connection but the PostgreSQL server at %1 does not offer one; enable ssl on the server or change sslmode (%2)</source>
        <translation>la URL del almacén exige una conexión cifrada (TLS) pero el servidor PostgreSQL en %1 no la ofrece; active ssl en el servidor o cambie sslmode (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the host name of %1 is unknown; check the store URL (%2)</source>
        <translation>el nombre de host de %1 es desconocido; revise la URL del almacén (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PostgreSQL server at %1 did not answer in time (%2)</source>
        <translation>el servidor PostgreSQL en %1 no respondió a tiempo (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot reach the PostgreSQL server at %1: check that it is running and that the host and port are right (%2)</source>
        <translation>no se puede llegar al servidor PostgreSQL en %1: compruebe que está en marcha y que el host y el puerto son correctos (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the connection to %1 was lost while saving, so the change may or may not be stored; reload to check (%2)</source>
        <translation>se perdió la conexión con %1 al guardar, así que el cambio puede haberse guardado o no; recargue para comprobarlo (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the PostgreSQL store at %1 failed: %2</source>
        <translation>falló el almacén PostgreSQL en %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/tiered/TieredStore.cpp" line="+67"/>
        <source>%1, hot tier Redis %2</source>
        <translation>%1, nivel caliente Redis %2</translation>
    </message>
    <message>
        <location filename="../core/storage/postgres/PostgresArchive.cpp" line="+114"/>
        <location filename="../core/storage/sqlite/SqliteArchive.cpp" line="+198"/>
        <source>%1 assessments and %2 quotes in the store, %3 and %4 in the archive, checksums differ</source>
        <translation>%1 evaluaciones y %2 presupuestos en el almacén, %3 y %4 en el archivo, las sumas de comprobación difieren</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../core/storage/sqlite/SqliteArchive.cpp" line="+52"/>
        <source>archiving needs a cut-off date and a batch size of at least 1</source>
        <translation>archivar necesita una fecha de corte y un tamaño de lote de al menos 1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a batch of %1 assessments failed verification (%2); it stays in the store</source>
        <translation>un lote de %1 evaluaciones no superó la verificación (%2); se queda en el almacén</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 assessments archived</source>
        <translation>%1 de %2 evaluaciones archivadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/storage/sqlite/SqliteArchive.cpp" line="+47"/>
        <source>%1 of %2 assessments archived in %3 verified batches%4</source>
        <translation>%1 de %2 evaluaciones archivadas en %3 lotes verificados%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/storage/sqlite/SqliteArchive.cpp" line="+4"/>
        <source>; cancelled</source>
        <translation>; cancelado</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlite/SqliteArchive.cpp" line="-68"/>
        <source>a batch of %1 assessments for %2 failed verification (%3); it stays in the store</source>
        <translation>un lote de %1 evaluaciones para %2 no superó la verificación (%3); se queda en el almacén</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2 assessments archived (%3)</source>
        <translation>%1 de %2 evaluaciones archivadas (%3)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the archive has %1 yearly files and a list can include at most %2 of them; list without the archived assessments, or read them by id</source>
        <translation>el archivo tiene %1 ficheros anuales y una lista puede incluir como máximo %2; liste sin las evaluaciones archivadas o léalas por id</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>assessment %1 is missing from its archive file %2</source>
        <translation>falta la evaluación %1 en su archivo %2</translation>
    </message>
    <message>
        <location filename="../core/storage/SavedConnections.cpp" line="+13"/>
        <source>This URL holds a password, and TreeOps never saves one. Remove it here and put it in ~/.pgpass (or the PGPASSWORD variable), where PostgreSQL reads it.</source>
        <translation>Esta URL contiene una contraseña, y TreeOps nunca guarda contraseñas. Quítela de aquí y póngala en ~/.pgpass (o en la variable PGPASSWORD), de donde la lee PostgreSQL.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This URL holds a password, and TreeOps never saves one. Remove it here and set the REDISCLI_AUTH variable, where TreeOps reads it as redis-cli does.</source>
        <translation>Esta URL contiene una contraseña, y TreeOps nunca guarda contraseñas. Quítela de aquí y defina la variable REDISCLI_AUTH, de donde TreeOps la lee igual que redis-cli.</translation>
    </message>
    <message>
        <location filename="../core/storage/ReadOnlySql.cpp" line="+9"/>
        <source>a quality check may only read data (SELECT)</source>
        <translation>una comprobación de calidad solo puede leer datos (SELECT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the query ran longer than %1 s and was stopped</source>
        <translation>la consulta duró más de %1 s y se detuvo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the query was cancelled</source>
        <translation>la consulta se canceló</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlite/SqliteReadOnlySql.cpp" line="+134"/>
        <source>a quality check is one statement that only reads data (SELECT)</source>
        <translation>una comprobación de calidad es una sola sentencia que solo lee datos (SELECT)</translation>
    </message>
    <message>
        <location filename="../core/storage/outbox/OfflineReference.cpp" line="+50"/>
        <source>cannot keep the reference data at %1: %2</source>
        <translation>no se pueden guardar los datos de referencia en %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the reference data kept at %1 is unreadable: %2</source>
        <translation>los datos de referencia guardados en %1 no se pueden leer: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a TreeOps reference copy</source>
        <translation>no es una copia de referencia de TreeOps</translation>
    </message>
</context>
<context>
    <name>Tiers</name>
    <message>
        <location filename="../core/assessments/StoreWorker.cpp" line="-95"/>
        <source>the hot tier is offline; nothing was cleared</source>
        <translation>el nivel caliente está sin conexión; no se borró nada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the store is a file on this computer; it has no outbox</source>
        <translation>el almacén es un archivo en este equipo; no tiene bandeja de salida</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 could not be written: %2</source>
        <translation>no se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n assessment(s) moved to the archive</source>
        <translation>
            <numerusform>%n evaluación movida al archivo</numerusform>
            <numerusform>%n evaluaciones movidas al archivo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; cancelled, the rest stays in the store</source>
        <translation>; cancelado, el resto se queda en el almacén</translation>
    </message>
    <message>
        <location filename="../core/assessments/ConnectionProbe.cpp" line="+22"/>
        <source>Embedded SQLite %1 store, a file on this computer: %2</source>
        <translation>Almacén SQLite %1 integrado, un archivo en este equipo: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Embedded SQLite %1 store: %2 does not exist yet and is created when TreeOps starts with it</source>
        <translation>Almacén SQLite %1 integrado: %2 todavía no existe y se crea cuando TreeOps se inicia con él</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 at %2, round trip %3</source>
        <translation>%1 en %2, ida y vuelta %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Redis %1 at %2, round trip %3</source>
        <translation>Redis %1 en %2, ida y vuelta %3</translation>
    </message>
    <message>
        <location filename="../core/assessments/TierReporter.cpp" line="+88"/>
        <source>nothing archived yet</source>
        <translation>nada archivado todavía</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Store: %1 at %2, round trip %3</source>
        <translation>Almacén: %1 en %2, ida y vuelta %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store: SQLite %1, %2, read in %3</source>
        <translation>Almacén: SQLite %1, %2, lectura en %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hot tier: Redis %1 at %2, round trip %3</source>
        <translation>Nivel caliente: Redis %1 en %2, ida y vuelta %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hot tier: %1</source>
        <translation>Nivel caliente: %1</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::AboutDialog</name>
    <message>
        <location filename="../widgets/main/AboutDialog.cpp" line="+21"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About TreeOps</source>
        <translation>Acerca de TreeOps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;TreeOps&lt;/b&gt;&lt;br&gt;Operations console for tree-service companies</source>
        <translation>&lt;b&gt;TreeOps&lt;/b&gt;&lt;br&gt;Consola de operaciones para empresas de servicios de árboles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TreeOps:</source>
        <translation>TreeOps:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libpqxx:</source>
        <translation>libpqxx:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>%1 (not used yet)</source>
        <translation>%1 (aún sin usar)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hiredis:</source>
        <translation>hiredis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog:</source>
        <translation>Catálogo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates:</source>
        <translation>Tarifas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store:</source>
        <translation>Almacén de datos:</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::AfissChart</name>
    <message>
        <location filename="../widgets/quote/AfissChart.cpp" line="+29"/>
        <source>Score (0–100)</source>
        <translation>Puntaje (0–100)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>AFISS domain scores</source>
        <translation>Puntajes de los dominios AFISS</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::AlertNotifier</name>
    <message>
        <location filename="../widgets/quality/AlertNotifier.cpp" line="+40"/>
        <source>TreeOps</source>
        <translation>TreeOps</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::AssessmentEditorPage</name>
    <message>
        <location filename="../widgets/workspace/AssessmentEditorPage.cpp" line="+98"/>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk factors (AFISS)</source>
        <translation>Factores de riesgo (AFISS)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+334"/>
        <source>Quote saved as %1</source>
        <translation>Presupuesto guardado como %1</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;quoted</source>
        <translation>Marcar como pres&amp;upuestado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo changes to %1</source>
        <translation>Deshacer cambios en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo changes to %1</source>
        <translation>Rehacer cambios en %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reload theirs</source>
        <translation>Cargar la otra versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine as a copy</source>
        <translation>Guardar la mía como copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as a new draft</source>
        <translation>Guardar como borrador nuevo</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved %1 as %2 at %3</source>
        <translation>Se guardó %1 como %2 a las %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your changes are still here. Reload to see the other version (yours are dropped), or keep yours as a new assessment.</source>
        <translation>Sus cambios siguen aquí. Vuelva a cargar para ver la otra versión (se descartarán los suyos) o conserve los suyos como una nueva evaluación.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This assessment is in the archive, moved there because it was not updated after %1. Archived assessments are read-only; save it as a new draft to work on it.</source>
        <translation>Esta evaluación está en el archivo: se movió allí porque no se actualizó después del %1. Las evaluaciones archivadas son de solo lectura; guárdela como borrador nuevo para trabajar en ella.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Quoted at %1 with catalog %2 and rates %3. The active catalog %4 and rates %5 price it at %6.</source>
        <translation>Presupuestado en %1 con el catálogo %2 y las tarifas %3. Con el catálogo activo %4 y las tarifas %5, el precio es %6.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-quote at %1</source>
        <translation>Volver a presupuestar en %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quote %1.pdf</source>
        <translation>Presupuesto %1.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Export quote as PDF</source>
        <translation>Exportar presupuesto como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Another quote is still being written; try again in a moment.</source>
        <translation>Todavía se está escribiendo otro presupuesto; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quote %1.json</source>
        <translation>Presupuesto %1.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export quote as JSON</source>
        <translation>Exportar presupuesto como JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON documents (*.json)</source>
        <translation>Documentos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::AssessmentForm</name>
    <message>
        <location filename="../widgets/editor/AssessmentForm.cpp" line="+122"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person or company</source>
        <translation>Persona o empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Street, city</source>
        <translation>Calle, ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;State</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours to drive the crew to the site and back</source>
        <translation>Horas de traslado de la cuadrilla al sitio, ida y vuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Travel</source>
        <translation>Tras&amp;lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mergency call-out</source>
        <translation>Servicio de e&amp;mergencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work that cannot wait is quoted at emergency rates</source>
        <translation>El trabajo que no puede esperar se presupuesta con tarifas de emergencia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Crew</source>
        <translation>Cuadrilla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;ier</source>
        <translation>Ni&amp;vel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add person</source>
        <translation>Agregar persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove person</source>
        <translation>Quitar persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No crew yet. A quote needs at least one person.</source>
        <translation>Aún no hay cuadrilla. Un presupuesto necesita al menos una persona.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trees</source>
        <translation>Árboles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add tree</source>
        <translation>Agregar árbol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove tree</source>
        <translation>Quitar árbol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No trees yet. Add one row per tree to remove or trim and per stump to grind.</source>
        <translation>Aún no hay árboles. Agregue una fila por cada árbol que se deba remover o podar y por cada tocón que se deba triturar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Equipment</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add equipment</source>
        <translation>Agregar equipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove equipment</source>
        <translation>Quitar equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No equipment. Add the trucks and machines the job needs.</source>
        <translation>No hay equipo. Agregue los camiones y las máquinas que necesita el trabajo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fixed costs</source>
        <translation>Costos fijos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add cost</source>
        <translation>Agregar costo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove cost</source>
        <translation>Quitar costo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No fixed costs. Add dump fees, permits and the like.</source>
        <translation>No hay costos fijos. Agregue tarifas de vertedero, permisos y similares.</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::AssessmentListModel</name>
    <message>
        <location filename="../widgets/assessments/AssessmentListModel.cpp" line="+85"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Assessment %1</source>
        <translation>Evaluación %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, in the archive and read-only: open it to read it, or duplicate it to work on a copy.</source>
        <translation>%1, en el archivo y de solo lectura: ábrala para leerla o duplíquela para trabajar en una copia.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trees</source>
        <translation>Árboles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Composite</source>
        <translation>Puntaje compuesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Band</source>
        <translation>Banda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::AssessmentText</name>
    <message>
        <location filename="../widgets/assessments/AssessmentText.cpp" line="+16"/>
        <source>Removal</source>
        <translation>Remoción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trimming</source>
        <translation>Poda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stump grinding</source>
        <translation>Trituración de tocones</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quoted</source>
        <translation>Presupuestado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Archived · %1</source>
        <extracomment>The archive marker, then an archived assessment&apos;s status: &quot;Archived · Completed&quot;. The marker comes first so that a narrow column cuts the status, not the marker.</extracomment>
        <translation>Archivada · %1</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::AssessmentsPage</name>
    <message>
        <location filename="../widgets/assessments/AssessmentsPage.cpp" line="+184"/>
        <source>Search customer, address or id (%1)</source>
        <translation>Buscar cliente, dirección o id (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All statuses</source>
        <translation>Todos los estatus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Updated from:</source>
        <translation>Actualizada de&amp;sde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o:</source>
        <translation>&amp;hasta:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estatus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tate:</source>
        <translation>Esta&amp;do:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No assessments yet</source>
        <translation>Aún no hay evaluaciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This page lists the assessments your estimators make, with their quotes and status.&lt;br&gt;Run &lt;code&gt;treeops-cli demo seed --count 200&lt;/code&gt; to try TreeOps with demo data, or create one with &lt;code&gt;treeops-cli assessment save&lt;/code&gt;.</source>
        <translation>Esta página muestra las evaluaciones que hacen sus estimadores, con sus presupuestos y su estatus.&lt;br&gt;Ejecute &lt;code&gt;treeops-cli demo seed --count 200&lt;/code&gt; para probar TreeOps con datos de demostración, o cree una con &lt;code&gt;treeops-cli assessment save&lt;/code&gt;.</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+200"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>The store could not be opened: %1. Choose another store on the Settings page (it applies at the next start), or start TreeOps with --store.</source>
        <translation>No se pudo abrir el almacén de datos: %1. Elija otro almacén en la página Configuración (se aplica en el próximo inicio) o inicie TreeOps con --store.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Assessments could not be loaded: %1. The rows below are the ones loaded last and may be out of date. Check that the store&apos;s server is running, then retry.</source>
        <translation>No se pudieron cargar las evaluaciones: %1. Las filas de abajo son las últimas cargadas y pueden estar desactualizadas. Compruebe que el servidor del almacén está en marcha y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln assessment(s), as loaded last</source>
        <translation>
            <numerusform>%Ln evaluación, según la última carga</numerusform>
            <numerusform>%Ln evaluaciones, según la última carga</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store&apos;s server does not answer (%1). You can go on working: new assessments are quoted with the catalog and rates it last had and wait on this computer. This list loads by itself when the server answers.</source>
        <translation>El servidor del almacén no responde (%1). Puede seguir trabajando: las evaluaciones nuevas se presupuestan con el catálogo y las tarifas que tenía por última vez y esperan en este equipo. Esta lista se carga sola cuando el servidor responda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assessments could not be loaded: %1. Check that the store&apos;s server is running (treeops-cli store test-connection tells), then retry.</source>
        <translation>No se pudieron cargar las evaluaciones: %1. Compruebe que el servidor del almacén está en marcha (treeops-cli store test-connection lo indica) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Show &amp;archived</source>
        <translation>&amp;Mostrar archivadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the assessments moved to the archive too; they are read-only</source>
        <translation>Listar también las evaluaciones movidas al archivo; son de solo lectura</translation>
    </message>
    <message numerus="yes">
        <location line="+150"/>
        <source>%Ln assessment(s)</source>
        <translation>
            <numerusform>%Ln evaluación</numerusform>
            <numerusform>%Ln evaluaciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New assessment</source>
        <translation>&amp;Nueva evaluación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Copiar como CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;status</source>
        <translation>Cambiar es&amp;tatus</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Delete assessment</source>
        <translation>Eliminar evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete assessment %1 for %2, %3?

It leaves this list and is kept, with its last quote, in the store&apos;s deletion record.</source>
        <translation>¿Eliminar la evaluación %1 de %2, %3?

Desaparecerá de esta lista y se conservará, con su último presupuesto, en el registro de eliminaciones del almacén de datos.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Copied into the new draft %1.</source>
        <translation>Se copió en el nuevo borrador %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted %1; it is kept in the deletion record.</source>
        <translation>Se eliminó %1; se conserva en el registro de eliminaciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status of %1 changed.</source>
        <translation>Se cambió el estatus de %1.</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::ConnectionSection</name>
    <message>
        <location filename="../widgets/settings/ConnectionSection.cpp" line="+45"/>
        <source>Data connection</source>
        <translation>Conexión de datos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (the default)</source>
        <translation>%1 (el predeterminado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>redis://host:6379/0 (none by default)</source>
        <translation>redis://host:6379/0 (ninguno de forma predeterminada)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved changes take effect the next time TreeOps starts. The --store and --hot-tier options, or the TREEOPS_STORE and TREEOPS_HOT_TIER variables, take precedence over them. Passwords are never saved here: PostgreSQL reads its password from ~/.pgpass or PGPASSWORD, Redis from REDISCLI_AUTH.</source>
        <translation>Los cambios guardados se aplican la próxima vez que se inicie TreeOps. Las opciones --store y --hot-tier, o las variables TREEOPS_STORE y TREEOPS_HOT_TIER, tienen prioridad sobre ellos. Aquí nunca se guardan contraseñas: PostgreSQL lee la suya de ~/.pgpass o PGPASSWORD, Redis de REDISCLI_AUTH.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Store:</source>
        <translation>&amp;Almacén:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hot tier:</source>
        <translation>Nivel ca&amp;liente:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hot tier: none configured</source>
        <translation>Nivel caliente: no configurado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hot tier: %1</source>
        <translation>Nivel caliente: %1</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::ConnectionStartup</name>
    <message>
        <location filename="../widgets/settings/ConnectionStartup.cpp" line="+24"/>
        <source>Store URL (default: $TREEOPS_STORE, else the one saved in Settings, else %1).</source>
        <translation>URL del almacén de datos (predeterminado: $TREEOPS_STORE; si no, el guardado en Configuración; si no, %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redis hot tier in front of the store, redis://host:port/db, the password from REDISCLI_AUTH (default: $TREEOPS_HOT_TIER, else the one saved in Settings, else none).</source>
        <translation>Nivel caliente Redis delante del almacén, redis://host:puerto/bd, con la contraseña de REDISCLI_AUTH (predeterminado: $TREEOPS_HOT_TIER; si no, el guardado en Configuración; si no, ninguno).</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::CustomRuleDialog</name>
    <message>
        <location filename="../widgets/quality/CustomRuleDialog.cpp" line="+46"/>
        <source>Custom data-quality rule</source>
        <translation>Regla de calidad de datos personalizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new rule. Each save keeps a new version; runs use the latest.</source>
        <translation>Una regla nueva. Cada guardado conserva una versión nueva; las ejecuciones usan la última.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Try</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the query once over the store&apos;s data, without keeping the rule</source>
        <translation>Ejecutar la consulta una vez sobre los datos del almacén, sin conservar la regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the query, then keep the rule as its next version</source>
        <translation>Probar la consulta y conservar la regla como su versión siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the query; nothing is kept</source>
        <translation>Detener la consulta; no se guarda nada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopping the query…</source>
        <translation>Deteniendo la consulta…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the query…</source>
        <translation>Ejecutando la consulta…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trying the query, then saving…</source>
        <translation>Probando la consulta y guardando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>custom.stale_drafts</source>
        <translation>custom.borradores_olvidados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts left for over 30 days</source>
        <translation>Borradores abandonados más de 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the rule catches, and why</source>
        <translation>Qué detecta la regla y por qué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>assessments</source>
        <translation>assessments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failing rows (0, 25) or a share (0.5%)</source>
        <translation>filas que fallan (0, 25) o una proporción (0.5%)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One row per row examined: key (what the drill-down lists) and failing (1 or 0).
SELECT id AS key, CASE WHEN price IS NULL THEN 1 ELSE 0 END AS failing
FROM assessments</source>
        <translation>Una fila por fila examinada: key (lo que lista el detalle) y failing (1 o 0).
SELECT id AS key, CASE WHEN price IS NULL THEN 1 ELSE 0 END AS failing
FROM assessments</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn above</source>
        <translation>Aviso por encima de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail above</source>
        <translation>Fallo por encima de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Restore into the form</source>
        <translation>&amp;Restaurar en el formulario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the form with this version; saving keeps it as the newest</source>
        <translation>Rellenar el formulario con esta versión; al guardar queda como la más reciente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compare with:</source>
        <translation>Comparar con:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A kept rule keeps its id; save under another id in a new rule</source>
        <translation>Una regla guardada conserva su identificador; para otro identificador, cree una regla nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 is kept. Saving keeps version %2; runs use the latest.</source>
        <translation>La versión %1 está guardada. Al guardar se conserva la versión %2; las ejecuciones usan la última.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Version %1, kept %2</source>
        <translation>Versión %1, guardada %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Query (- version %1, + the form):</source>
        <translation>Consulta (- versión %1, + el formulario):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The form holds version %1 as it was kept.</source>
        <translation>El formulario contiene la versión %1 tal como se guardó.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Rows examined: %1; failing: %2.</source>
        <translation>Filas examinadas: %1; fallan: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failing keys: %1</source>
        <translation>Claves que fallan: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved as version %1.</source>
        <translation>Guardada como versión %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Nothing was kept.</source>
        <translation>%1 No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::DataTiersPage</name>
    <message>
        <location filename="../widgets/tiers/DataTiersPage.cpp" line="+35"/>
        <source>Store (warm tier)</source>
        <translation>Almacén (nivel templado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot tier (Redis)</source>
        <translation>Nivel caliente (Redis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive (cold tier)</source>
        <translation>Archivo (nivel frío)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Test connections</source>
        <translation>&amp;Probar conexiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear cached keys…</source>
        <translation>&amp;Borrar claves en caché…</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n cached key(s) deleted from the hot tier.</source>
        <translation>
            <numerusform>%n clave en caché borrada del nivel caliente.</numerusform>
            <numerusform>%n claves en caché borradas del nivel caliente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessments not updated for this long move to the archive</source>
        <translation>Las evaluaciones sin actualizar durante este tiempo pasan al archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive now</source>
        <translation>&amp;Archivar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling after the current batch…</source>
        <translation>Cancelando después del lote actual…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Older than</source>
        <translation>Más antiguas de</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Looking for assessments to move…</source>
        <translation>Buscando evaluaciones que mover…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Outbox: not needed, the store is a file on this computer</source>
        <translation>Bandeja de salida: no hace falta, el almacén es un archivo en este equipo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Outbox: %n change(s) waiting for the store</source>
        <translation>
            <numerusform>Bandeja de salida: %n cambio esperando al almacén</numerusform>
            <numerusform>Bandeja de salida: %n cambios esperando al almacén</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbox: nothing waiting</source>
        <translation>Bandeja de salida: nada en espera</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all</source>
        <translation>todas las</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear cached keys</source>
        <translation>Borrar claves en caché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete TreeOps&apos; %1 cached keys from Redis at %2?

Only keys under treeops:v1: are deleted; other applications&apos; keys stay. Nothing stored is lost: the cache refills from the store as people work, a little slower meanwhile.</source>
        <translation>¿Borrar %1 claves en caché de TreeOps de Redis en %2?

Solo se borran las claves bajo treeops:v1:; las de otras aplicaciones se quedan. No se pierde nada guardado: la caché se vuelve a llenar desde el almacén a medida que se trabaja, algo más despacio mientras tanto.</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::DimensionChart</name>
    <message>
        <location filename="../widgets/quality/DimensionChart.cpp" line="+25"/>
        <source>Rules by dimension</source>
        <translation>Reglas por dimensión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::EditorColumns</name>
    <message>
        <location filename="../widgets/editor/EditorColumns.cpp" line="+40"/>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>People in this position, 1 to %1</source>
        <translation>Personas en este puesto, de 1 a %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Equipment</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Machines of this kind, 1 to %1</source>
        <translation>Máquinas de este tipo, de 1 a %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the cost is for, e.g. dump fee</source>
        <translation>Concepto del costo, p. ej., tarifa de vertedero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US dollars, up to %1</source>
        <translation>Dólares estadounidenses, hasta %1</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::EditorText</name>
    <message>
        <location filename="../widgets/editor/EditorText.cpp" line="+19"/>
        <source>Arborist</source>
        <translation>Arborista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Climber</source>
        <translation>Trepador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground lead</source>
        <translation>Jefe de tierra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground crew</source>
        <translation>Personal de tierra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apprentice</source>
        <translation>Aprendiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety manager</source>
        <translation>Gerente de seguridad</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Removal</source>
        <translation>Remoción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trimming</source>
        <translation>Poda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stump grinding</source>
        <translation>Trituración de tocones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Beginner</source>
        <translation>Principiante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experienced</source>
        <translation>Con experiencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert</source>
        <translation>Experto</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::FactorPicker</name>
    <message>
        <location filename="../widgets/factors/FactorPicker.cpp" line="+85"/>
        <source>Filter by code or name (%1)</source>
        <translation>Filtrar por código o nombre (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the factors whose code, name or description contains every word typed, in any case and with or without accents.</source>
        <translation>Muestra los factores cuyo código, nombre o descripción contiene todas las palabras escritas, sin distinguir mayúsculas ni acentos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show selected only</source>
        <translation>Mostrar solo los seleccionados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear all</source>
        <translation>Desmarcar todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick every factor and modifier of this assessment</source>
        <translation>Desmarca todos los factores y modificadores de esta evaluación</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No factor catalog is loaded yet, so there are no factors to pick.</source>
        <translation>Aún no se cargó ningún catálogo de factores, así que no hay factores para elegir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No factors are selected yet. Untick “Show selected only” to pick from the whole catalog.</source>
        <translation>Aún no hay factores seleccionados. Desmarque “Mostrar solo los seleccionados” para elegir de todo el catálogo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No selected factor matches “%1”. Clear the filter or untick “Show selected only”.</source>
        <translation>Ningún factor seleccionado coincide con “%1”. Borre el filtro o desmarque “Mostrar solo los seleccionados”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No factor matches “%1”. Try fewer or shorter words.</source>
        <translation>Ningún factor coincide con “%1”. Pruebe con menos palabras o con palabras más cortas.</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::FactorTreeModel</name>
    <message>
        <location filename="../widgets/factors/FactorTreeModel.cpp" line="+191"/>
        <source>%1 %</source>
        <comment>a factor&apos;s base percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+%1 %</source>
        <comment>the percentage a modifier adds</comment>
        <translation>+%1 %</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Pick when:</source>
        <translation>Elegir cuando:</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 (%n selected)</source>
        <comment>domain row: its name and how many of its factors are selected</comment>
        <translation>
            <numerusform>%1 (%n seleccionado)</numerusform>
            <numerusform>%1 (%n seleccionados)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fall zone</source>
        <translation>Zona de caída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interference</source>
        <translation>Interferencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Severidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site conditions</source>
        <translation>Condiciones del sitio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds</source>
        <comment>column of the percentage a factor or modifier adds</comment>
        <translation>Suma</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::FailingRowsPanel</name>
    <message>
        <location filename="../widgets/quality/FailingRowsPanel.cpp" line="+39"/>
        <source>&amp;Open assessment</source>
        <translation>&amp;Abrir evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;keys</source>
        <translation>Copiar &amp;claves</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a rule to see its failing rows.</source>
        <translation>Elija una regla para ver sus filas con fallo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The check could not run: %1</source>
        <translation>La comprobación no se pudo ejecutar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No failing rows among %1 examined.</source>
        <translation>Ninguna fila con fallo entre las %1 examinadas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %2 rows fail; the first %n kept:</source>
        <translation>
            <numerusform>%1 de %2 filas fallan; se guarda la primera:</numerusform>
            <numerusform>%1 de %2 filas fallan; se guardan las primeras %n:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not passing since %1.</source>
        <translation>Sin pasar desde %1.</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::JsonTableModel</name>
    <message>
        <location filename="../widgets/editor/JsonTableModel.cpp" line="+130"/>
        <source>Row %1, %2: %3</source>
        <translation>Fila %1, %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::LatencyChart</name>
    <message>
        <location filename="../widgets/tiers/LatencyChart.cpp" line="+31"/>
        <source>Store p50</source>
        <translation>Almacén p50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store p95</source>
        <translation>Almacén p95</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot tier p50</source>
        <translation>Nivel caliente p50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot tier p95</source>
        <translation>Nivel caliente p95</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seconds ago</source>
        <translation>Hace segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milliseconds</source>
        <translation>Milisegundos</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::LogoField</name>
    <message>
        <location filename="../widgets/settings/LogoField.cpp" line="+38"/>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Logo preview</source>
        <translation>Vista previa del logotipo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The saved logo “%1” can no longer be read (%2). Choose it again or remove it.</source>
        <translation>El logotipo guardado “%1” ya no se puede leer (%2). Elíjalo de nuevo o quítelo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” could not be read as an image (%2). Choose a PNG, JPEG or SVG file.</source>
        <translation>“%1” no se pudo leer como imagen (%2). Elija un archivo PNG, JPEG o SVG.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the Company Logo</source>
        <translation>Elegir el logotipo de la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/main/MainWindow.cpp" line="+40"/>
        <location line="+106"/>
        <source>TreeOps</source>
        <translation>TreeOps</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data tiers</source>
        <translation>Niveles de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 — TreeOps</source>
        <translation>%1 — TreeOps</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved. Discard them?</source>
        <translation>%1 tiene cambios sin guardar. ¿Desea descartarlos?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About TreeOps</source>
        <translation>&amp;Acerca de TreeOps</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening the store…</source>
        <translation>Abriendo el almacén de datos…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ready: the store answers again</source>
        <translation>Listo: el almacén vuelve a responder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working offline: saves wait on this computer; reconnecting</source>
        <translation>Trabajando sin conexión: lo guardado espera en este equipo; reconectando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Quotes use the catalog and rates the store had active when this computer last reached it.</source>
        <translation>%1

Los presupuestos usan el catálogo y las tarifas que el almacén tenía activos la última vez que este equipo llegó a él.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hot tier online</source>
        <translation>Nivel caliente en línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hot tier offline, reconnecting</source>
        <translation>Nivel caliente sin conexión, reconectando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redis %1</source>
        <translation>Redis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redis %1: %2. Reads go to the store meanwhile.</source>
        <translation>Redis %1: %2. Mientras tanto, las lecturas van al almacén.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s) refused by the store</source>
        <translation>
            <numerusform>%n cambio rechazado por el almacén</numerusform>
            <numerusform>%n cambios rechazados por el almacén</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review, save or discard them on the Data tiers page.</source>
        <translation>Revíselos, guárdelos o descártelos en la página Niveles de datos.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio en espera</numerusform>
            <numerusform>%n cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved on this computer; they reach the store, in order, as soon as it answers again.</source>
        <translation>Guardados en este equipo; llegan al almacén, en orden, en cuanto vuelva a responder.</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::PriceSummary</name>
    <message>
        <location filename="../widgets/quote/PriceSummary.cpp" line="+29"/>
        <location line="+28"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Price (minimum job price)</source>
        <translation>Precio (precio mínimo del trabajo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Effective rate %1</source>
        <translation>Tarifa efectiva %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 range %2 – %3</source>
        <translation>Rango de %1: %2 – %3</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::QualityPage</name>
    <message>
        <location filename="../widgets/quality/QualityPage.cpp" line="+104"/>
        <source>&amp;Run now</source>
        <translation>&amp;Ejecutar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the data with every rule and keep the run (Ctrl+R)</source>
        <translation>Comprobar los datos con todas las reglas y guardar la ejecución (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run this rule &amp;again</source>
        <translation>Ejecutar esta regla &amp;otra vez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New custom rule…</source>
        <translation>&amp;Nueva regla personalizada…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a rule of your own: an SQL query over the store</source>
        <translation>Escribir una regla propia: una consulta SQL sobre el almacén</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit this custom rule…</source>
        <translation>&amp;Editar esta regla personalizada…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the chosen custom rule; saving keeps a new version</source>
        <translation>Cambiar la regla personalizada elegida; al guardar se conserva una versión nueva</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report as &amp;HTML…</source>
        <translation>Informe en &amp;HTML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report as &amp;PDF…</source>
        <translation>Informe en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results as &amp;CSV…</source>
        <translation>Resultados en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run as &amp;JSON…</source>
        <translation>Ejecución en &amp;JSON…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Custom &amp;rules</source>
        <translation>&amp;Reglas personalizadas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;h3&gt;No quality runs yet&lt;/h3&gt;&lt;p&gt;A run checks the catalog, the rates and every assessment and quote against the data-quality rules, and shows here what is wrong, why and since when.&lt;/p&gt;&lt;p&gt;Choose &lt;b&gt;Run now&lt;/b&gt; to run them for the first time.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay ejecuciones de calidad&lt;/h3&gt;&lt;p&gt;Una ejecución comprueba el catálogo, las tarifas y cada evaluación y presupuesto con las reglas de calidad de datos, y muestra aquí qué está mal, por qué y desde cuándo.&lt;/p&gt;&lt;p&gt;Elija &lt;b&gt;Ejecutar ahora&lt;/b&gt; para ejecutarlas por primera vez.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Any severity</source>
        <translation>Cualquier gravedad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find a rule by name or id</source>
        <translation>Buscar una regla por nombre o id</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The run was cancelled; nothing was kept.</source>
        <translation>La ejecución se canceló; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 Check that the store can be reached, then try again.</source>
        <translation>%1 Compruebe que se puede acceder al almacén y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alert sent to %1 (HTTP %2).</source>
        <translation>Alerta enviada a %1 (HTTP %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The alert could not be sent to %1: %2. Check the webhook in Settings.</source>
        <translation>No se pudo enviar la alerta a %1: %2. Revise el webhook en Configuración.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n critical rule(s) not passing</source>
        <translation>
            <numerusform>%n regla crítica sin pasar</numerusform>
            <numerusform>%n reglas críticas sin pasar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Below %1</source>
        <translation>Por debajo de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Healthy</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing scored</source>
        <translation>Nada puntuado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pass · %2 warn · %3 fail
Not scored: %4 error · %5 not applicable</source>
        <translation>%1 correctas · %2 avisos · %3 fallos
Sin puntuar: %4 errores · %5 no aplicables</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run %1, %2</source>
        <translation>Ejecución %1, %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any dataset</source>
        <translation>Cualquier conjunto de datos</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Kept %1 as version %2; the next run checks it.</source>
        <translation>%1 guardada como versión %2; la próxima ejecución la comprobará.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept %1 as version %2; checking it now.</source>
        <translation>%1 guardada como versión %2; comprobándola ahora.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Starting…</source>
        <translation>Comenzando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Run %1 finished: score %2.</source>
        <translation>Ejecución %1 terminada: puntuación %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the quality run</source>
        <translation>Exportar la ejecución de calidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another file is still being written; try again in a moment.</source>
        <translation>Todavía se está escribiendo otro archivo; vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::QuoteLineModel</name>
    <message>
        <location filename="../widgets/quote/QuoteLineModel.cpp" line="+74"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 points × complexity = %2 points, at %3 points per hour</source>
        <translation>%1 puntos × complejidad = %2 puntos, a %3 puntos por hora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost %1, price %2</source>
        <translation>Coste %1, precio %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Billed as %1</source>
        <translation>Facturado como %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Points times the complexity multiplier</source>
        <translation>Puntos por el multiplicador de complejidad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tree</source>
        <translation>Árbol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjusted</source>
        <translation>Ajustados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::QuotePanel</name>
    <message>
        <location filename="../widgets/quote/QuotePanel.cpp" line="+83"/>
        <source>Because of %1 and %2</source>
        <translation>Debido a %1 y %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The quote appears here as soon as the assessment has a customer, a site, a crew and at least one tree.</source>
        <translation>El presupuesto aparece aquí en cuanto la evaluación tenga un cliente, un sitio, una cuadrilla y al menos un árbol.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Site complexity (AFISS)</source>
        <translation>Complejidad del sitio (AFISS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Composite score</source>
        <translation>Puntaje compuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complexity band</source>
        <translation>Banda de complejidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points multiplier</source>
        <translation>Multiplicador de puntos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lines</source>
        <translation>Partidas</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Costs</source>
        <translation>Costos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crew</source>
        <translation>Cuadrilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small tools</source>
        <translation>Herramientas menores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per crew hour</source>
        <translation>Costo por hora de cuadrilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work time</source>
        <translation>Tiempo de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billable time</source>
        <translation>Tiempo facturable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed costs</source>
        <translation>Costos fijos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost</source>
        <translation>Costo total</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Safety protocols</source>
        <translation>Protocolos de seguridad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot price this assessment yet:</source>
        <translation>Todavía no se puede calcular el precio de esta evaluación:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct these fields in the assessment; the quote updates as soon as it can be priced.</source>
        <translation>Corrija estos campos en la evaluación; el presupuesto se actualiza en cuanto se pueda calcular el precio.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 of 100</source>
        <translation>%1 de 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No interaction protocols apply</source>
        <translation>No se aplica ningún protocolo de interacción</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::QuoteText</name>
    <message>
        <location filename="../widgets/quote/QuoteText.cpp" line="+21"/>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fall zone</source>
        <translation>Zona de caída</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interference</source>
        <translation>Interferencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Severidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removal</source>
        <translation>Remoción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trimming</source>
        <translation>Poda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stump grinding</source>
        <translation>Trituración de tocones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minimal</source>
        <translation>Mínima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extreme</source>
        <translation>Extrema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>below range</source>
        <translation>por debajo del rango</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>within range</source>
        <translation>dentro del rango</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>above range</source>
        <translation>por encima del rango</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::RefusedChangesView</name>
    <message>
        <location filename="../widgets/tiers/RefusedChangesView.cpp" line="+39"/>
        <source>Changes the store refused</source>
        <translation>Cambios rechazados por el almacén</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as JSON…</source>
        <translation>&amp;Guardar como JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These changes were made on this computer while the store was out of reach, and the store refused them when they were sent: someone else had changed or deleted the assessment meanwhile. They stay here until you discard them; save them first to keep the work.</source>
        <translation>Estos cambios se hicieron en este equipo mientras el almacén no estaba disponible, y el almacén los rechazó al enviarlos: otra persona había cambiado o eliminado la evaluación entretanto. Se quedan aquí hasta que los descarte; guárdelos antes para conservar el trabajo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queued</source>
        <translation>En cola desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n change(s) saved as %1</source>
        <translation>
            <numerusform>%n cambio guardado como %1</numerusform>
            <numerusform>%n cambios guardados como %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n change(s) discarded</source>
        <translation>
            <numerusform>%n cambio descartado</numerusform>
            <numerusform>%n cambios descartados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>refused-changes.json</source>
        <translation>cambios-rechazados.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save refused changes as JSON</source>
        <translation>Guardar los cambios rechazados como JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON documents (*.json)</source>
        <translation>Documentos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Discard refused changes</source>
        <translation>Descartar cambios rechazados</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Discard %n refused change(s)?

%1

They are deleted from this computer and will never reach the store. Save them as JSON first if the work may be needed.</source>
        <translation>
            <numerusform>¿Descartar %n cambio rechazado?

%1

Se elimina de este equipo y nunca llegará al almacén. Guárdelo antes como JSON si el trabajo puede hacer falta.</numerusform>
            <numerusform>¿Descartar %n cambios rechazados?

%1

Se eliminan de este equipo y nunca llegarán al almacén. Guárdelos antes como JSON si el trabajo puede hacer falta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>treeops::widgets::RelativeTime</name>
    <message>
        <location filename="../widgets/common/RelativeTime.cpp" line="+13"/>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 d ago</source>
        <translation>hace %1 d</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::RuleResultsModel</name>
    <message>
        <location filename="../widgets/quality/RuleResultsModel.cpp" line="+108"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warn &gt; %1 · fail &gt; %2</source>
        <translation>aviso &gt; %1 · fallo &gt; %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>before %1</source>
        <translation>antes de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n ejecución)</numerusform>
            <numerusform>%1 (%n ejecuciones)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Run %1, %2</source>
        <translation>Ejecución %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The last %n run(s), oldest on the left; taller bars fail more rows.</source>
        <translation>
            <numerusform>La última ejecución; las barras más altas fallan más filas.</numerusform>
            <numerusform>Las últimas %n ejecuciones, la más antigua a la izquierda; las barras más altas fallan más filas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failing rows</source>
        <translation>Filas con fallo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not passing since</source>
        <translation>Sin pasar desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::ScoreTrendChart</name>
    <message>
        <location filename="../widgets/quality/ScoreTrendChart.cpp" line="+30"/>
        <source>Score over the last runs</source>
        <translation>Puntuación de las últimas ejecuciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alert below %1</source>
        <translation>Alerta por debajo de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run finished (local time)</source>
        <translation>Fin de la ejecución (hora local)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score (0–100)</source>
        <translation>Puntuación (0–100)</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::SettingsPage</name>
    <message>
        <location filename="../widgets/settings/SettingsPage.cpp" line="+80"/>
        <source>Your company&apos;s name, as printed on quotes</source>
        <translation>El nombre de su empresa, tal como aparece en los presupuestos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address, phone, email</source>
        <translation>Dirección, teléfono, correo electrónico</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company &amp;name:</source>
        <translation>&amp;Nombre de la empresa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;gotipo:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <extracomment>After the number of days a quote stays valid, e.g. &quot;30 days&quot;.</extracomment>
        <translation> días</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quotes</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quotes are &amp;valid for:</source>
        <translation>Los presupuestos son &amp;válidos por:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Takes effect the next time TreeOps starts.</source>
        <translation>Se aplica la próxima vez que se inicie TreeOps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>https://hooks.example.com/treeops (optional)</source>
        <translation>https://hooks.example.com/treeops (opcional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TREEOPS_QUALITY_WEBHOOK_URL is set: alerts go to the webhook it names.</source>
        <translation>TREEOPS_QUALITY_WEBHOOK_URL está definida: las alertas van al webhook que indica.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved. The next alert is also posted there.</source>
        <translation>Guardado. La próxima alerta también se enviará allí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quality alerts</source>
        <translation>Alertas de calidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quality run whose score falls under 90, or in which a critical rule fails, shows a desktop notification once per incident.</source>
        <translation>Una ejecución de calidad cuya puntuación baja de 90, o en la que falla una regla crítica, muestra una notificación de escritorio una vez por incidente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also &amp;post alerts to:</source>
        <translation>Enviar también las alertas &amp;a:</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::TableSection</name>
    <message numerus="yes">
        <location filename="../widgets/editor/TableSection.cpp" line="+165"/>
        <source>… and %n more, marked in the table</source>
        <translation>
            <numerusform>… y %n más, marcado en la tabla</numerusform>
            <numerusform>… y %n más, marcados en la tabla</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>treeops::widgets::TierPanel</name>
    <message>
        <location filename="../widgets/tiers/TierPanel.cpp" line="+27"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency p50 / p95</source>
        <translation>Latencia p50 / p95</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hit ratio</source>
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TreeOps keys</source>
        <translation>Claves de TreeOps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not configured</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ms / %2 ms</source>
        <translation>%1 ms / %2 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start TreeOps with --hot-tier redis://host:port/db (or set TREEOPS_HOT_TIER) to put Redis in front of the store.</source>
        <translation>Inicie TreeOps con --hot-tier redis://host:puerto/bd (o defina TREEOPS_HOT_TIER) para poner Redis delante del almacén.</translation>
    </message>
</context>
<context>
    <name>treeops::widgets::TreeTableModel</name>
    <message>
        <location filename="../widgets/editor/TreeTableModel.cpp" line="+43"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ft</source>
        <translation>%1 ft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in</source>
        <translation>%1 in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. live oak</source>
        <translation>Opcional, p. ej., encino siempreverde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal and trimming: the tree&apos;s height in feet</source>
        <translation>Remoción y poda: altura del árbol en pies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canopy
radius</source>
        <translation>Radio de
copa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal and trimming: the canopy&apos;s radius in feet</source>
        <translation>Remoción y poda: radio de la copa en pies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DBH</source>
        <translation>DAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal and trimming: trunk diameter at breast height in inches</source>
        <translation>Remoción y poda: diámetro del tronco a la altura del pecho (DAP), en pulgadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above
grade</source>
        <translation>Altura sobre
el suelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stump grinding: the stump&apos;s height above grade in inches</source>
        <translation>Trituración de tocones: altura del tocón sobre el nivel del suelo en pulgadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grind
depth</source>
        <translation>Profundidad
de triturado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stump grinding: how deep to grind below grade in inches; %1 if empty</source>
        <translation>Trituración de tocones: profundidad de triturado bajo el nivel del suelo en pulgadas; %1 si está vacío</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stump
diameter</source>
        <translation>Diámetro
del tocón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stump grinding: the stump&apos;s diameter in inches</source>
        <translation>Trituración de tocones: diámetro del tocón en pulgadas</translation>
    </message>
</context>
</TS>
