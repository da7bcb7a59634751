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
