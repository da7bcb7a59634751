# Las palabras de la interfaz web. Claves en kebab-case, agrupadas por pantalla.

## Inicio y páginas que no existen

boot-failed = No se puede cargar Bivouac
try-again = Reintentar
not-found-title = No encontrado
not-found-heading = Aquí no hay nada
not-found-text = Esta dirección no lleva a ninguna parte en Bivouac.
go-home = Ir al inicio
session-ended = Su sesión ha terminado. Inicie sesión de nuevo.
