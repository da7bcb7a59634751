# Textos del servidor: mensajes de error y correos. El código de error (`code`) queda en inglés.

## Esperas

rate-limited = Demasiados intentos. Espere { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
} y vuelva a intentarlo.
rate-limited-minutes = Demasiados intentos. Espere { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} y vuelva a intentarlo.
rate-limited-hours = Demasiados intentos. Espere { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
} y vuelva a intentarlo.

## Respuestas generales

not-found = { $what }: no existe, o no puede verlo.
unauthorized = No ha iniciado sesión, o su sesión ha terminado. Inicie sesión de nuevo.
csrf-missing = A la solicitud le falta el encabezado X-CSRF-Token (o está caducado). Recargue la página y vuelva a intentarlo.
internal = Algo salió mal en el servidor. Los detalles están en el registro del servidor; vuelva a intentarlo.
forbidden = No tiene permiso para hacer eso.

## Lo que puede no encontrarse (para not-found)

thing-person = Persona
thing-chat = Chat
thing-message = Mensaje
thing-invitation = Invitación
thing-department = Departamento
thing-folder = Carpeta
thing-member = Miembro
thing-item = Elemento

## Campos

field-first-name = Nombre
field-last-name = Apellidos
field-company-name = Nombre de la empresa
field-department-name = Nombre del departamento
field-channel-name = Nombre del canal
field-folder-name = Nombre de la carpeta
field-title = Cargo
field-phone = Teléfono
field-description = La descripción

## Comprobación de lo escrito

email-missing = Falta la dirección de correo electrónico.
email-invalid = «{ $email }» no es una dirección de correo válida: { $why }.
email-too-long = tiene más de 254 caracteres
email-no-at = no tiene @
email-local-length = la parte antes de @ debe tener de 1 a 64 caracteres
email-two-ats = tiene más de una @
email-domain-shape = después de @ debe ir un dominio como example.com
email-domain-chars = el dominio tiene caracteres que un dominio no puede tener
email-dots = los puntos no pueden ir al principio ni al final antes de la @, ni repetirse
email-local-chars = la parte antes de @ tiene caracteres que una dirección no puede tener
name-empty = «{ $field }» no puede estar vacío.
name-too-long = «{ $field }» puede tener como máximo { $max } caracteres.
name-control = «{ $field }» no puede contener caracteres de control ni saltos de línea.
name-invisible = «{ $field }» está formado solo por caracteres invisibles; escriba un nombre legible.
name-direction-control = «{ $field }» contiene el carácter invisible de dirección { $char }, que puede hacer que el texto se lea al revés; quítelo.
phone-invalid = Un número de teléfono solo puede tener dígitos, espacios y + - ( ) . /
description-too-long = La descripción puede tener como máximo { $max } caracteres.
description-control = La descripción contiene caracteres de control.
password-too-short = La contraseña debe tener al menos { $min } caracteres.
password-too-long = La contraseña puede tener como máximo { $max } caracteres.
body-empty = El mensaje está vacío.
body-invisible = El mensaje está formado solo por caracteres invisibles.
body-too-long = El mensaje tiene { $length } caracteres; el máximo es { $max }. Divídalo en varios mensajes.
body-control = El mensaje contiene caracteres de control.
client-id-invalid = client_id debe tener de 1 a 64 letras, dígitos, - o _ (por ejemplo, un UUID).

## Bots for business processes: configuring a bot

bot-what-name = El nombre del bot
bot-what-label = La etiqueta de un campo
bot-what-option = Una opción
bot-what-help = La ayuda de un campo
bot-what-icon = El icono
bot-what-description = La descripción
bot-what-step-name = El nombre de un paso
bot-what-action = El texto del botón de ejecución
bot-text-required = { $what } es obligatorio.
bot-text-too-long = { $what } puede tener como máximo { $max } caracteres, en una línea.
bot-field-key = La clave de campo «{ $key }» debe empezar por una letra minúscula y contener solo minúsculas, cifras y _ (como máximo 40).
bot-field-duplicate = Dos campos tienen la clave «{ $key }»; cada campo necesita la suya.
bot-field-type = «{ $kind }» no es un tipo de campo. Use text, long_text, number, money, date, date_range, person, department, choice, multi_choice, checkbox o file.
bot-field-options = { $field }: un campo de opciones necesita entre 1 y 100 opciones.
bot-field-limits = { $field }: el valor mínimo permitido es mayor que el máximo.
bot-field-currency = { $field }: una moneda fija son tres letras mayúsculas (ISO 4217), y solo en campos de dinero.
bot-too-many-fields = Un formulario tiene como máximo { $max } campos.
bot-too-many-steps = Una ruta tiene como máximo { $max } pasos.
bot-route-empty = Un bot necesita al menos un paso de aprobación.
bot-step-kind = Paso { $step }: el tipo debe ser people, department_head, head_of o role.
bot-step-people = Paso { $step }: como máximo 100 personas.
bot-step-department = Paso { $step }: elija el departamento cuyo responsable decide.
bot-step-role = Paso { $step }: elija el rol (owner, admin, integrator, employee o freelancer).
bot-condition-field = Paso { $step }: una condición debe nombrar un campo numérico o de dinero del formulario.
bot-condition-op = Paso { $step }: una condición compara con >, >=, <, <= o =.
bot-condition-value = Paso { $step }: el valor de la condición debe ser un número entero, o dinero con amount_minor y currency.
bot-remind-hours = Los recordatorios llegan tras 1 a 720 horas.
bot-unknown-person = Alguien nombrado en la ruta, en el paso de ejecución o entre los observadores no es un miembro que usted pueda ver.
bot-unknown-department = Un departamento nombrado en la ruta no existe.
bot-account-title = Bot

## Bots: filling in a form

field-required = { $field } es obligatorio.
field-text = { $field } debe ser texto (un campo de texto corto tiene una línea).
field-too-long = { $field } puede tener como máximo { $max } caracteres.
field-too-short = { $field } necesita al menos { $min } caracteres.
field-number = { $field } debe ser un número entero.
field-below-min = { $field } debe ser al menos { $min }.
field-above-max = { $field } debe ser como máximo { $max }.
field-money = { $field } debe ser dinero: amount_minor (céntimos enteros) y una moneda de tres letras.
field-currency = { $field } debe estar en { $currency }.
field-date = { $field } debe ser una fecha con el formato AAAA-MM-DD.
field-date-range = { $field } debe ser un periodo con from y to, ambos AAAA-MM-DD.
field-date-order = { $field }: el periodo termina antes de empezar.
field-person = { $field } debe ser un miembro activo del espacio de trabajo.
field-department = { $field } debe ser un departamento.
field-choice = { $field }: elija entre las opciones ofrecidas.
field-checkbox = { $field } debe estar marcado o no (true o false).
field-file = { $field } debe ser un documento con su nombre y su SHA-256.
field-file-upload = { $field }: no puede adjuntar este archivo: es de otra persona o ya se envió. Adjúntelo de nuevo.
field-unknown = El formulario no tiene el campo «{ $field }».
vacation-self-substitute = No puede ser su propio sustituto.

## Bots: requests

request-reason-required = Indique el motivo (para rechazar o devolver una solicitud hace falta un comentario).
request-comment-too-long = Un comentario puede tener como máximo { $max } caracteres.
request-sign-password = Para firmar hace falta su contraseña.
request-wrong-password = Esa no es su contraseña; el documento no se ha firmado.
requests-bad-query = El parámetro { $what } de la lista no es válido.
request-state = Esta solicitud está { $state }; eso ya no se puede hacer.
request-state-waiting = en espera
request-state-approved = aprobada
request-state-done = ejecutada
request-state-rejected = rechazada
request-state-returned = devuelta para cambios
request-state-withdrawn = retirada
request-not-returned = Solo una solicitud devuelta para cambios se puede editar y enviar de nuevo.
request-not-yours = Solo quien hizo esta solicitud puede hacer eso.
request-not-executor = Esta solicitud la ejecuta otra persona.
request-not-your-step = Este paso espera la decisión de otra persona.
request-mention = Solo puede mencionar a quienes participan en esta solicitud (un freelancer: personas con las que tiene un chat directo).
bots-denied-configure = Solo el propietario, los administradores y los integradores configuran bots.
bots-denied-create = No puede hacer solicitudes a los bots.
bots-denied-all = Solo el propietario y los administradores ven todas las solicitudes.
bots-denied-accounts = Solo el propietario, los administradores y los integradores gestionan cuentas de bot.
bots-denied-integrations = Solo el propietario, los administradores y los integradores configuran integraciones.
hooks-channel-archived = Este canal está archivado; no admite integraciones.

## Bots: what a bot says in its chats

summary-invoice = { $amount } a { $payee }, vence el { $due }
summary-vacation = { $kind }, { $period }
summary-pass = { $visitor }, { $date }
summary-signing = { $document }
bot-submitted = Su solicitud { $about } está en camino.
bot-asks = { $requester } le pide que apruebe: { $about }
bot-asks-substitute = { $requester } pide una aprobación, y usted sustituye a un aprobador ausente: { $about }
bot-step-approved = { $by } aprobó { $about }; pasa al siguiente paso.
bot-approved = Aprobada: { $about }
bot-execute = La solicitud de { $requester } está aprobada; por favor, ejecútela: { $about }
bot-done = { $by } ejecutó { $about }.
bot-rejected = { $by } rechazó { $about }. Motivo: { $reason }
bot-returned = { $by } devolvió { $about } para cambios: { $reason }
bot-outcome = { $about } está { $state }.
bot-reminder = Sigue esperando su decisión ({ $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
}): { $about }

## The built-in bots (their words at setup, in the workspace's language; editable later)

builtin-invoice = Pagar una factura
builtin-invoice-about = Pida que se pague una factura: aprueba el responsable de su departamento y después finanzas, que la marca como pagada.
builtin-vacation = Solicitud de vacaciones
builtin-vacation-about = Pida días libres; aprueba el responsable de su departamento. Su sustituto recibe sus aprobaciones mientras está fuera.
builtin-signing = Firma de documentos
builtin-signing-about = Un documento firmado por las personas indicadas, cada una confirma con su contraseña. Indique los firmantes antes de usarlo.
builtin-pass = Pase de entrada
builtin-pass-about = Un pase para una visita; lo aprueba la oficina o seguridad, y el pase recibe un código para recepción.
builtin-custom = Bot nuevo
builtin-custom-about = Un bot propio.
builtin-field-payee = Beneficiario
builtin-field-amount = Importe
builtin-field-due-date = Vencimiento
builtin-field-invoice-file = Factura
builtin-field-description = Descripción
builtin-field-reference = Referencia del pago
builtin-field-paid-on = Pagada el
builtin-field-period = Fechas
builtin-field-vacation-kind = Tipo
builtin-field-substitute = Sustituto
builtin-field-note = Nota
builtin-field-document = Documento
builtin-field-visitor = Nombre de la visita
builtin-field-company = Empresa
builtin-field-date = Fecha
builtin-field-from-time = Desde (hora)
builtin-field-to-time = Hasta (hora)
builtin-field-host = Anfitrión
builtin-field-car-plate = Matrícula
builtin-vacation-paid = Vacaciones pagadas
builtin-vacation-unpaid = Permiso sin sueldo
builtin-vacation-sick = Baja por enfermedad
builtin-vacation-other = Otro
builtin-step-head = Responsable del departamento
builtin-step-finance = Finanzas
builtin-step-signers = Firmantes
builtin-step-security = Oficina o seguridad
builtin-mark-paid = Marcar como pagada

## Entry passes: the front-desk page

pass-title = Pase de entrada
pass-valid = Válido hoy.
pass-expired = No válido: este pase era para el { $date }.
pass-not-yet = Aún no es válido: este pase es para el { $date }.
pass-revoked = No válido: este pase se retiró o no está aprobado.
pass-unknown = No hay ningún pase con este código.
pass-visitor = Visita
pass-company = Empresa
pass-date = Fecha
pass-window = Hora
pass-car = Matrícula

## Integrations: bot accounts and webhooks

field-bot-name = El nombre
bot-token-invalid = Este token de API no es válido (puede haberse revocado o sustituido). Pida uno nuevo.
hook-url-invalid = La dirección del webhook debe ser una dirección https:// completa.
hook-url-plain-http = La dirección del webhook debe usar https:// (http simple solo con allow_private_targets).
hook-url-private = La dirección del webhook está en esta máquina o en una red privada; eso solo se permite con allow_private_targets.
hook-trigger-invalid = Una palabra clave es una sola palabra de como máximo 32 caracteres.
hook-trigger-taken = Este canal ya tiene un webhook saliente para «{ $trigger }».
hook-failed = El webhook saliente «{ $name }» desistió tras { $attempts ->
    [one] { $attempts } intento
   *[other] { $attempts } intentos
}: { $why }

## Roles (para los mensajes de abajo)

role-owner = Propietario
role-admin = Administrador
role-integrator = Integrador
role-employee = Empleado
role-freelancer = Autónomo

## Solicitudes que el servidor no puede leer

nothing-here = No hay nada en esta dirección.
no-api-route = La API no tiene la ruta { $path }.
only-get = Esta dirección solo responde a GET.
method-not-allowed = Esta dirección no acepta ese método.
payload-too-large = El cuerpo de la solicitud es demasiado grande.
bad-request = No se pudo entender la solicitud.
body-too-large = El cuerpo de la solicitud supera el límite de { $limit } bytes.
body-not-json = Envíe el cuerpo como JSON con el encabezado Content-Type: application/json.
body-wrong-field = El cuerpo de la solicitud tiene un campo incorrecto: { $detail }.
body-invalid-json = El cuerpo de la solicitud no es JSON válido: { $detail }.
body-unreadable = No se pudo leer el cuerpo de la solicitud: { $detail }.
query-invalid = La cadena de consulta no es válida: { $detail }.
query-date-invalid = { $name } debe ser una fecha como 2026-11-23 (o una hora RFC 3339 completa).
cursor-invalid = Este cursor no lo dio este servidor; empiece por la primera página.
date-invalid = «{ $value }» no es una fecha; escríbala como 2026-12-31 o 2026-12-31T18:00:00Z.
color-invalid = «{ $value }» no es un color; escriba # y seis dígitos hexadecimales, p. ej. #0f766e.
language-invalid = El idioma debe ser en, ru, de o es.
audit-action-invalid = «{ $value }» no es una acción del registro; GET /api/audit/actions las enumera.
not-websocket = Esta dirección abre un WebSocket: { $detail }.
bad-origin = Las actualizaciones en vivo solo funcionan desde la propia página de Bivouac (el Origin no coincide con base_url).
metrics-forbidden = Las métricas se leen desde el propio servidor o con Authorization: Bearer <metrics_token>.

## El estado del servidor

shutting-down = El servidor se está apagando; vuelva a intentarlo en un momento.
shutting-down-reconnect = El servidor se está apagando; vuelva a conectarse en un momento.
busy-passwords = El servidor está ocupado comprobando contraseñas. Vuelva a intentarlo en un momento.
not-ready = El archivo de datos falló; el servidor se está reiniciando.
store-failed = El servidor no puede escribir en su archivo de datos ({ $detail }); se está reiniciando.
disk-almost-full = El disco del servidor está casi lleno ({ $free } libres, por debajo del mínimo de { $minimum }), así que los cambios están en pausa. La lectura sigue funcionando; pida al administrador que libere espacio.
disk-no-room = El disco del servidor no tiene espacio para este archivo; un administrador debe liberar espacio antes de que se puedan compartir más archivos.
search-rebuilding = La búsqueda se está reconstruyendo a partir del archivo de datos y volverá en un minuto; inténtelo entonces.

## Inicio de sesión y sesiones

session-ended = Su sesión ha terminado. Inicie sesión de nuevo.
invalid-credentials = Correo electrónico o contraseña incorrectos.
setup-done = Este espacio de trabajo ya está configurado. Inicie sesión.
setup-token-invalid = Este enlace de configuración no es válido. Use el enlace más reciente que el servidor mostró al arrancar (también está en setup-link.txt en el directorio de datos).
wrong-current-password = Su contraseña actual no es correcta. Escriba la contraseña con la que inició sesión.
access-ended = Su acceso terminó el { $date }. Pida a un administrador que se lo devuelva si lo necesita.
account-deactivated = Su cuenta ha sido desactivada. Consulte a un administrador de su espacio de trabajo.
ended-role-changed-by = { $name } cambió su rol: inicie sesión de nuevo.
ended-role-changed = Su rol ha cambiado: inicie sesión de nuevo.
ended-deactivated-by = { $name } desactivó su cuenta. Consulte a un administrador si necesita acceso de nuevo.
ended-deactivated = Su cuenta fue desactivada. Consulte a un administrador si necesita acceso de nuevo.
ended-deleted-by = { $name } eliminó su cuenta.
ended-deleted = Su cuenta fue eliminada.
ended-password-changed = Su contraseña se cambió en otra sesión: inicie sesión de nuevo con la contraseña nueva.
ended-password-reset = Su contraseña se restableció con un enlace enviado por correo: inicie sesión de nuevo con la contraseña nueva.
reset-requested = Si esa dirección pertenece a una cuenta, va en camino un enlace para restablecer la contraseña.
reset-invalid = Este enlace para restablecer la contraseña ya no es válido (funciona una vez, durante una hora). Pida uno nuevo.

## Lo que un rol no puede hacer

deny-see-mail = No tiene permiso para ver la configuración del correo.
deny-manage-mail = No tiene permiso para gestionar la configuración del correo.
deny-edit-card = No tiene permiso para editar la ficha de esta persona.
deny-person-departments = No tiene permiso para cambiar los departamentos de esta persona.
deny-change-role = No tiene permiso para cambiar el rol de { $name }.
deny-give-role = No tiene permiso para dar a nadie el rol «{ $role }».
deny-deactivate = No tiene permiso para desactivar o eliminar a { $name }.
deny-access-end = No tiene permiso para fijar una fecha de fin de acceso para { $name }.
deny-transfer-ownership = Solo un propietario puede transferir la propiedad.
deny-departments = No tiene permiso para cambiar los departamentos.
deny-audit = No tiene permiso para leer el registro de auditoría.
deny-invite = No tiene permiso para invitar a personas con el rol «{ $role }».
deny-see-invitations = No tiene permiso para ver las invitaciones.
deny-workspace = Solo un propietario puede cambiar el nombre, el color o el idioma de la empresa.
deny-create-channels = No tiene permiso para crear canales.
deny-browse-channels = No tiene permiso para explorar los canales.
deny-manage-channel = No tiene permiso para gestionar este canal (pueden hacerlo su creador y los administradores).
deny-add-members = No tiene permiso para añadir personas a este canal (pueden hacerlo su creador y los administradores).
deny-remove-members = No tiene permiso para sacar a personas de este chat (pueden hacerlo su creador y los administradores; cualquiera puede salir).
deny-edit-message = No puede editar el mensaje de otra persona.
deny-delete-message = No puede eliminar el mensaje de otra persona.
deny-department-folders = Solo el propietario y los administradores definen carpetas de departamento.

## Personas, departamentos e invitaciones

cannot-act-on-self = No puede desactivar ni eliminar su propia cuenta; pídaselo a otro administrador.
invalid-new-owner = La propiedad solo puede pasar a otro miembro activo del espacio de trabajo.
access-end-not-applicable = Solo los integradores y los autónomos pueden tener una fecha de fin de acceso.
access-until-past = La fecha de fin de acceso debe estar en el futuro.
last-owner = Es el último propietario del espacio de trabajo. Transfiera primero la propiedad a otra persona.
email-taken = { $email } ya pertenece a { $name }.
email-has-account = { $email } ya tiene una cuenta ({ $name }).
role-missing = Falta el rol; elija owner, admin, integrator, employee o freelancer.
role-invalid = «{ $value }» no es un rol; elija owner, admin, integrator, employee o freelancer.
unknown-department = Ese departamento no existe.
parent-department-missing = El departamento superior no existe.
new-parent-department-missing = El nuevo departamento superior no existe.
department-exists = Ya hay un departamento llamado { $name } ahí.
department-cycle = Un departamento no se puede mover debajo de sí mismo ni de uno de sus subdepartamentos.
department-has-children = { $name } tiene { $count ->
    [one] { $count } subdepartamento
   *[other] { $count } subdepartamentos
}; muévalos o elimínelos primero.
department-has-members = { $count ->
    [one] { $count } persona pertenece
   *[other] { $count } personas pertenecen
} a { $name }; muévalas primero a otro departamento.
not-yet-joined-terms = Esta persona aún no ha aceptado su invitación, y la invitación indica su rol y su acceso. Revóquela e invítela de nuevo con las nuevas condiciones.
not-yet-joined-revoke = Esta persona aún no ha aceptado su invitación; revoque la invitación.
invitation-pending = { $email } ya tiene una invitación pendiente (válida hasta el { $date }). Reenvíela desde la lista de invitaciones.
invitation-already-accepted = Esta invitación ya fue aceptada.
invitation-was-revoked = Esta invitación fue revocada; invite de nuevo a la persona.
invitation-expired-resend = Esta invitación ha caducado; reenvíela para crear un enlace nuevo.
invitation-mailed = Esta invitación ya se entregó al servidor de correo, así que su enlace solo está en el correo. Reenvíela para crear un enlace nuevo.
invitation-link-gone = El enlace de esta invitación ya no se puede mostrar; reenvíela para crear uno nuevo.
invitation-link-invalid = Este enlace de invitación no es válido. Pida a la persona que le invitó que le envíe uno nuevo.
invitation-link-replaced = Este enlace fue sustituido por un correo de invitación más reciente (quizá a una dirección corregida). Use el correo más reciente o consulte a { $inviter }.
invitation-used = Esta invitación ya se usó. Inicie sesión con su correo electrónico y su contraseña.
invitation-withdrawn = Esta invitación fue retirada. Consulte a { $inviter } si todavía necesita acceso.
invitation-expired-on = Esta invitación caducó el { $date }. Pida a { $inviter } que le envíe una nueva.
invitation-mismatch = Esta invitación ya no corresponde a su cuenta. Pida una nueva.
invitation-access-ended = El acceso que ofrecía esta invitación ya terminó. Pida una invitación nueva.
your-administrator = su administrador

## Canales, chats y mensajes

channel-archived-join = Este canal está archivado; ya no es posible unirse.
channel-archived-read-only = Este canal está archivado; es de solo lectura.
channel-archived-members = Este canal está archivado; desarchívelo para cambiar sus miembros.
channel-archived-add = Este canal está archivado; desarchívelo para añadir personas.
channel-name-taken = Ya existe un canal llamado «{ $name }»; elija otro nombre.
direct-chat-leave = No puede salir de un chat directo; ocúltelo en la barra lateral.
direct-chat-two = Un chat directo siempre tiene exactamente a sus dos personas.
person-inactive = { $name } no es un miembro activo, así que no puede chatear con esa persona.
mention-not-member = { $name } no está en esta conversación, así que no puede mencionarle aquí.
mention-not-allowed = Solo puede mencionar a personas que ve en el directorio (un autónomo: personas con las que tiene un chat directo).
group-too-large = Un chat de grupo tiene como máximo { $max } personas; cree un canal.
no-people = Elija al menos otra persona con quien chatear.
not-a-channel = Solo los canales tienen nombre, privacidad y archivo; esto es un chat.
thread-root-invalid = thread_root debe ser un mensaje de este chat que no sea a su vez una respuesta.
thread-root-deleted = Ese mensaje fue eliminado; su hilo está cerrado.
thread-root-is-reply = Ese mensaje es una respuesta, no el inicio de un hilo.
thread-follow-reply = Ese mensaje es una respuesta; siga el hilo al que pertenece.
read-message-invalid = message_id debe ser un mensaje de este chat (no una respuesta en un hilo).
read-reply-invalid = message_id debe ser una respuesta en este hilo.
message-deleted = Este mensaje fue eliminado; no se puede editar.
message-gone = Este mensaje se eliminó.
read-not-in-chat = La posición de lectura debe ser un mensaje de este chat (no una respuesta en un hilo).
time-rfc3339 = La hora debe escribirse en RFC 3339, por ejemplo 2026-12-12T18:00:00Z.
too-many-files = Un mensaje lleva como máximo { $max ->
    [one] { $max } archivo
   *[other] { $max } archivos
}.
file-missing = Uno de los archivos no existe (ya); súbalo de nuevo.
file-not-yours = Uno de los archivos no lo subió usted; súbalo de nuevo y envíe el mensaje otra vez.
file-already-sent = Uno de los archivos ya se envió con otro mensaje; súbalo de nuevo para enviarlo otra vez.
file-too-large = El archivo supera el límite de { $limit }; comparta un archivo más pequeño o pida a un administrador que aumente max_upload.
upload-missing-name = Envíe el nombre del archivo como ?name=... (o súbalo como multipart/form-data).
upload-broke-off = La subida se interrumpió: { $detail }.
multipart-invalid = El cuerpo multipart no es válido: { $detail }.
multipart-no-file = El cuerpo multipart no tiene una parte de archivo (una parte con nombre de archivo).
search-too-long = La búsqueda es demasiado larga; use como máximo { $max } caracteres.
search-has-invalid = has= solo admite file.

## Barra lateral: fijados y carpetas

duplicate-chats = La lista nombra un chat más de una vez.
duplicate-people = La lista nombra a una persona más de una vez.
too-many-pinned-chats = Se pueden fijar como máximo { $max } chats.
too-many-pinned-people = Se pueden fijar como máximo { $max } personas.
too-many-folders = Ya tiene { $max } carpetas, el máximo posible.
too-many-folder-items = Una carpeta contiene como máximo { $max } chats.
folder-exists = Ya tiene una carpeta llamada «{ $name }».
department-folder-exists = Ese departamento ya tiene una carpeta llamada «{ $name }».
not-a-department-folder = Solo se pueden ocultar las carpetas de departamento; elimine su propia carpeta.
invalid-position = position debe estar entre 0 y { $max }.
department-folder-fixed = Una carpeta de departamento la definen los administradores; puede contraerla u ocultarla.
department-folder-hide-only = Una carpeta de departamento la definen los administradores; puede ocultarla.
folders-changed = La lista de carpetas no coincide con sus carpetas actuales (quizá se cambiaron en otra pestaña); recargue y vuelva a intentarlo.

## Correo

mail-your-team = su equipo
mail-hello = Hola, { $name }:
mail-paste-link = O pegue este enlace en su navegador: { $link }
mail-invitation-subject = { $inviter } le invita a Bivouac ({ $company })
mail-invitation-lead = { $inviter } le invita a unirse a { $company } en Bivouac. Su rol: { $role }.
mail-invitation-how = Abra el enlace de abajo para establecer su contraseña e iniciar sesión.
mail-invitation-until = El enlace funciona una vez, hasta el { $expires }. Si ha caducado, pida a { $inviter } que le envíe uno nuevo.
mail-invitation-button = Aceptar la invitación
mail-reset-subject = Restablecer su contraseña de Bivouac ({ $company })
mail-reset-lead = Alguien pidió restablecer su contraseña de { $company } en Bivouac.
mail-reset-how = Abra el enlace de abajo antes de una hora para elegir una contraseña nueva. Funciona una vez. Si no lo pidió, ignore este correo; su contraseña sigue igual.
mail-reset-button = Elegir una contraseña nueva
mail-test-subject = Correo de prueba de Bivouac
mail-test-body = Este es un correo de prueba de Bivouac en { $url }. El correo funciona.
mail-test-accepted = El servidor SMTP aceptó el correo: { $answer }

## Nombres que da el servidor

general-description = Toda la empresa: noticias y preguntas para todos.
chat-just-you = Solo usted
chat-more = { $count } más

## Las acciones del registro de auditoría

audit-role-changed = Rol cambiado
audit-departments-changed = Departamentos cambiados
audit-access-end-set = Fecha de fin de acceso fijada
audit-access-ended = Acceso terminado
audit-deactivated = Desactivado
audit-reactivated = Reactivado
audit-deleted = Eliminado
audit-card-edited = Ficha editada
audit-ownership-transferred = Propiedad transferida
audit-department-created = Departamento creado
audit-department-changed = Departamento cambiado
audit-department-deleted = Departamento eliminado
audit-invited = Invitado
audit-invitation-resent = Invitación reenviada
audit-invitation-revoked = Invitación revocada
audit-invitation-email-corrected = Correo de la invitación corregido
audit-invitation-accepted = Invitación aceptada
audit-password-reset = Contraseña restablecida
audit-password-changed = Contraseña cambiada
audit-workspace-changed = Configuración de la empresa cambiada
audit-invitation-link-copied = Enlace de invitación copiado
audit-the-workspace = El espacio de trabajo
audit-other = Otro

## La página en sí (antes de que se ejecute su script)

page-loading = Cargando
page-needs-javascript = Bivouac necesita JavaScript activado.

## Reactions, status and notifications

field-reaction = La reacción
field-status = El texto de estado
reaction-empty = Una reacción necesita un emoji.
reaction-one = Una reacción es un solo emoji; envía cada uno por separado.
reaction-limit = Un mensaje puede llevar como máximo { $max } reacciones distintas.
push-endpoint-invalid = El endpoint de la suscripción push debe ser una dirección https de un servicio push.
push-endpoint-private = El endpoint de la suscripción push está en una red privada o local; el servidor solo envía allí si allow_private_targets está activado.
push-keys-invalid = Las claves de la suscripción push no son válidas: p256dh debe ser una clave pública P-256 y auth 16 bytes, ambas en base64url.
notify-level-invalid = El nivel debe ser «all», «mentions» o «none».
email-delay-invalid = El retraso del correo debe ser 0 (sin correo) o entre 1 y 1440 minutos.
quiet-hours-invalid = Las horas de silencio necesitan un inicio y un fin entre 00:00 y 23:59.
presence-too-many = Pregunta por { $max } personas como máximo a la vez.
missed-subject = { $count ->
    [one] Tienes un mensaje sin leer en { $company }
   *[other] Tienes { $count } mensajes sin leer en { $company }
}
missed-hello = Hola, { $name }:
missed-lead = Mientras no estabas, esto te esperaba:
missed-direct = { $count ->
    [one] { $count } mensaje nuevo de { $who }
   *[other] { $count } mensajes nuevos de { $who }
}
missed-mention = { $count ->
    [one] { $who } te mencionó en { $chat }
   *[other] Te mencionaron { $count } veces en { $chat }
}
missed-open = Abrir Bivouac
missed-why = Recibes este correo porque estos mensajes llevaban { $minutes } minutos sin leer. Cambia cuánto espera Bivouac, o desactiva estos correos, en Ajustes > Notificaciones.
push-new-message = Mensaje nuevo
reminder-past = Elige una hora futura para el recordatorio.
reminder-limit = Ya tienes { $max } recordatorios pendientes; elimina uno primero.
push-reminder = Recordatorio

## Los detalles del registro (guardados como mensajes, leídos en el idioma de quien lee)

audit-detail-name = nombre: { $value }
audit-detail-colour = color de acento: { $value }
audit-detail-colour-default = color de acento: el propio de Bivouac
audit-detail-language = idioma: { $value }
audit-detail-renamed = antes se llamaba { $old }
audit-detail-moved = movido
audit-detail-head-changed = cambió el responsable
audit-detail-invited = { $email } como { $role }
audit-detail-card = nombre, cargo o teléfono cambiados
audit-detail-no-departments = sin departamentos
audit-detail-role = { $from } → { $to }
audit-detail-access-ends = el acceso termina el { $date }
audit-detail-no-end = sin fecha de fin
audit-detail-ownership = { $from } → Propietario; el propietario anterior es ahora administrador
audit-detail-access-passed = llegó la fecha de fin de acceso, el { $date }
