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
